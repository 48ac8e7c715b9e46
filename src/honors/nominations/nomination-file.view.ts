import { ApiProperty } from '@nestjs/swagger';
import type { HonorNominationFile } from './nomination-file.entity';

export class NominationFileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Xác nhận ứng dụng.pdf' }) fileName: string;
  @ApiProperty({ description: 'Detected from the bytes', example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes' }) sha256: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(file: HonorNominationFile): NominationFileView {
    const { id, fileName, mediaType, sizeBytes, sha256, createdAt } = file;
    return { id, fileName, mediaType, sizeBytes, sha256, createdAt };
  }
}

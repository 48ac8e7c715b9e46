import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { bilingual } from '../common/validation/bilingual-message';
import { QueryBoolean } from '../common/validation/query-boolean';

/** The multipart form of POST /imports besides the file (form fields arrive as text). */
export class StartImportDto {
  @ApiProperty({ required: false, default: false, description: 'Validate and count, write nothing' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean(bilingual('dryRun must be true or false', 'dryRun phải là true hoặc false'))
  dryRun?: boolean;
}

/** For OpenAPI: the whole multipart body. */
export class StartImportForm extends StartImportDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: '.xlsx (the template) or UTF-8 .csv, at most 20 MB',
  })
  file: unknown;
}

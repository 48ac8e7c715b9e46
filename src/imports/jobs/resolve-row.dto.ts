import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { bilingual } from '../../common/validation/bilingual-message';
import { RESOLUTIONS, Resolution } from './import-row.entity';

/** An officer's decision on a conflict or possible duplicate row of an import. */
export class ResolveRowDto {
  @ApiProperty({
    enum: RESOLUTIONS,
    description:
      'link: apply the row to an existing profile (intellectualId, one the job named); create: a new profile (possible duplicates only); skip: write nothing',
  })
  @IsIn(
    RESOLUTIONS,
    bilingual('action must be link, create or skip', 'action phải là link, create hoặc skip'),
  )
  action: Resolution;

  @ApiProperty({ required: false, format: 'uuid', description: 'For link: the profile the row is about' })
  @IsOptional()
  @IsUUID('all', bilingual('intellectualId must be a UUID', 'intellectualId phải là mã UUID'))
  intellectualId?: string;
}

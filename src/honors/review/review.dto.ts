import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { bilingual } from '../../common/validation/bilingual-message';
import { Text } from '../../common/validation/fields';

/** PUT …/sheets/{nominationId}: the whole draft, replacing the stored one. */
export class SaveSheetDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { innovation: 80, impact: 72.5 },
    description:
      'Scores by the campaign’s criterion codes, each within its scale; a draft may leave criteria out',
  })
  @IsObject(
    bilingual('scores must be an object of criterion codes', 'scores phải là đối tượng theo mã tiêu chí'),
  )
  scores: Record<string, number>;

  @Text(0, 10_000, { optional: true, description: 'The member’s comment on the nominee' })
  comment?: string;
}

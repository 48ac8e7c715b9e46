import { Text } from '../../common/validation/fields';
import { NOTE_MAX_CHARS } from './need-rules';

export class ExpressInterestDto {
  @Text(1, NOTE_MAX_CHARS, {
    optional: true,
    description: `A short note to the association (at most ${NOTE_MAX_CHARS} characters, counted after NFC); absent keeps the one given before, null clears it`,
    example: 'Tôi đã làm mô hình nuôi tôm hùm lồng HDPE ở Vạn Ninh',
  })
  note?: string | null;
}

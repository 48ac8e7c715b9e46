import { Text } from '../../common/validation/fields';

export const OPINION_MAX_CHARS = 50_000;

export class SaveOpinionDto {
  @Text(1, OPINION_MAX_CHARS, {
    description: `The opinion, 1 to ${OPINION_MAX_CHARS} characters counted after NFC (not only spaces)`,
    example: 'Đề án cần bổ sung đánh giá tác động môi trường đối với vùng nuôi trồng thủy sản Vân Phong.',
  })
  text: string;
}

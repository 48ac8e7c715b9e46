import { intParam } from '../../common/validation/int-param.pipe';

/** `{round}` in a campaign's paths: the review round's number, 1 for the first. */
export const ROUND_PARAM = intParam(
  'round',
  'round must be the review round’s number in the campaign (1 for the first)',
  'round phải là số thứ tự của vòng xét chọn trong đợt (1 là vòng đầu)',
);

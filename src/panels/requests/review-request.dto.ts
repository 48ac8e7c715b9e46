import { OmitType, PartialType } from '@nestjs/swagger';
import { PageQuery } from '../../common/pagination/page';
import {
  Bool,
  CodeList,
  FutureDate,
  Int,
  Nested,
  NestedList,
  OneOf,
  QueryValues,
  Text,
  Uuid,
} from '../../common/validation/fields';
import { REQUEST_STATES, RequestState } from './request-states';
import { REQUEST_KINDS, RequestKind } from './review-request.entity';

export const PROPOSAL_MAX_CHARS = 200_000;
export const PANEL_SIZE_BOUNDS = { min: 3, max: 15 } as const;
export const MAX_DRAFTERS = 30;

/** A person who drafted the proposal: a linked profile (`intellectualId`) or a plain `name`. */
export class DrafterInput {
  @Uuid({ optional: true, description: 'The drafter’s profile, when they have one' })
  intellectualId?: string;
  @Text(1, 200, { optional: true, description: 'Required without intellectualId', example: 'Trần Thị Bình' })
  name?: string;
  @Uuid({ optional: true, description: 'The drafter’s organization, when known' })
  organizationId?: string;
}

/** Wanted members per panel role; chair and secretary are always exactly one. */
export class RolesWantedInput {
  @Int(1, 1, { optional: true }) chair?: number;
  @Int(0, PANEL_SIZE_BOUNDS.max, { optional: true }) vice_chair?: number;
  @Int(1, 1, { optional: true }) secretary?: number;
  @Int(0, PANEL_SIZE_BOUNDS.max, { optional: true }) reviewer?: number;
  @Int(0, PANEL_SIZE_BOUNDS.max, { optional: true }) member?: number;
}

export class CreateReviewRequestDto {
  @OneOf(REQUEST_KINDS, {
    description:
      'consulting: tư vấn; critique: phản biện; social_assessment: giám định xã hội; task_order: đặt hàng',
  })
  kind: RequestKind;
  @Text(5, 300, { example: 'Phản biện đề án phát triển nuôi biển công nghệ cao vùng vịnh Vân Phong' })
  title: string;
  @Text(10, 5_000) summary: string;
  @Text(1, PROPOSAL_MAX_CHARS, {
    optional: true,
    description: `The proposal's text, at most ${PROPOSAL_MAX_CHARS} characters (counted after NFC)`,
  })
  proposalText?: string | null;
  @CodeList(20, { minItems: 1, description: 'S&T field codes of the catalog fields' })
  fieldCodes: string[];
  @Uuid({
    optional: true,
    description:
      "The requesting organization: an agency's own (the default for agencies); required for staff",
  })
  requestingOrganizationId?: string;
  @Int(PANEL_SIZE_BOUNDS.min, PANEL_SIZE_BOUNDS.max) panelSizeMin: number;
  @Int(PANEL_SIZE_BOUNDS.min, PANEL_SIZE_BOUNDS.max) panelSizeMax: number;
  @Nested(() => RolesWantedInput, {
    optional: true,
    description: 'Chair and secretary are implied (one each)',
  })
  rolesWanted?: RolesWantedInput;
  @Bool({ optional: true, description: 'Whether the report names who wrote each opinion (default true)' })
  opinionsAttributed?: boolean;
  @Bool({ optional: true, description: 'Whether members see each other’s opinions (default false)' })
  opinionsVisibleToMembers?: boolean;
  @FutureDate() deadline: string;
  @NestedList(() => DrafterInput, MAX_DRAFTERS, { optional: true }) drafters?: DrafterInput[];
}

/** Absent fields stay; only proposalText may be cleared with null. Drafters, when given, replace all. */
export class UpdateReviewRequestDto extends PartialType(
  OmitType(CreateReviewRequestDto, ['requestingOrganizationId'] as const),
) {}

export class ReasonDto {
  @Text(3, 2_000, { example: 'Đề án chưa đủ hồ sơ thuyết minh' }) reason: string;
}

export class ReviewRequestQuery extends PageQuery {
  @QueryValues({ description: 'Only requests in these states.', values: REQUEST_STATES })
  state?: RequestState[];
  @QueryValues({ description: 'Only requests of these kinds.', values: REQUEST_KINDS })
  kind?: RequestKind[];
  @QueryValues({ description: 'Only requests of these organizations (staff).', uuid: true })
  organizationId?: string[];
}

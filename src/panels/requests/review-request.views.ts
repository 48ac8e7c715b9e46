import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import type { PanelRole } from '../panel/panel-rules';
import { REQUEST_STATES, RequestState } from './request-states';
import { ReviewRequestDrafter } from './review-request-drafter.entity';
import { ReviewRequestEvent } from './review-request-event.entity';
import { REQUEST_KINDS, RequestKind, ReviewRequest } from './review-request.entity';

export class OrganizationRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nameVi: string;
}

export class RolesWantedView {
  @ApiProperty({ type: 'integer' }) chair: number;
  @ApiProperty({ type: 'integer', required: false }) vice_chair?: number;
  @ApiProperty({ type: 'integer' }) secretary: number;
  @ApiProperty({ type: 'integer', required: false }) reviewer?: number;
  @ApiProperty({ type: 'integer', required: false }) member?: number;
}

export class DrafterView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) intellectualId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;

  static of(drafter: ReviewRequestDrafter): DrafterView {
    return {
      id: drafter.id,
      intellectualId: drafter.intellectualId,
      name: drafter.name,
      organizationId: drafter.organizationId,
    };
  }
}

/** A request in lists: everything but the proposal's text and the drafters. */
export class ReviewRequestSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REQUEST_KINDS, enumName: 'RequestKind' }) kind: RequestKind;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) fieldCodes: string[];
  @ApiProperty({ type: OrganizationRefView }) requestingOrganization: OrganizationRefView;
  @ApiProperty({ type: 'integer' }) panelSizeMin: number;
  @ApiProperty({ type: 'integer' }) panelSizeMax: number;
  @ApiProperty({ type: RolesWantedView }) rolesWanted: RolesWantedView;
  @ApiProperty() opinionsAttributed: boolean;
  @ApiProperty() opinionsVisibleToMembers: boolean;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ enum: REQUEST_STATES, enumName: 'RequestState' }) state: RequestState;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty({ type: 'integer', description: 'The ETag value of this version' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(request: ReviewRequest, organizationName: string): ReviewRequestSummaryView {
    return {
      id: request.id,
      kind: request.kind,
      title: request.title,
      summary: request.summary,
      fieldCodes: request.fieldCodes,
      requestingOrganization: { id: request.requestingOrganizationId, nameVi: organizationName },
      panelSizeMin: request.panelSizeMin,
      panelSizeMax: request.panelSizeMax,
      rolesWanted: rolesWantedOf(request.rolesWanted),
      opinionsAttributed: request.opinionsAttributed,
      opinionsVisibleToMembers: request.opinionsVisibleToMembers,
      deadline: request.deadline,
      state: request.state,
      declineReason: request.declineReason,
      version: request.version,
      createdAt: request.createdAt.toISOString(),
      updatedAt: request.updatedAt.toISOString(),
    };
  }
}

export class ReviewRequestView extends ReviewRequestSummaryView {
  @ApiProperty({ type: String, nullable: true }) proposalText: string | null;
  @ApiProperty({ type: [DrafterView] }) drafters: DrafterView[];
  @ApiProperty({ format: 'uuid', description: 'The account that entered the request' }) createdBy: string;

  static full(
    request: ReviewRequest,
    organizationName: string,
    drafters: ReviewRequestDrafter[],
  ): ReviewRequestView {
    return {
      ...ReviewRequestSummaryView.of(request, organizationName),
      proposalText: request.proposalText,
      drafters: drafters.map((drafter) => DrafterView.of(drafter)),
      createdBy: request.createdBy,
    };
  }
}

export const ReviewRequestPage = PageOf(ReviewRequestSummaryView, 'ReviewRequestPage');

export class TimelineEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    enum: REQUEST_STATES,
    nullable: true,
    description: 'null: the request was created',
  })
  fromState: RequestState | null;
  @ApiProperty({ enum: REQUEST_STATES, enumName: 'RequestState' }) toState: RequestState;
  @ApiProperty({ type: String, nullable: true, description: 'Who made the step (display name)' })
  actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;

  static of(event: ReviewRequestEvent): TimelineEventView {
    return {
      id: event.id,
      fromState: event.fromState,
      toState: event.toState,
      actorName: event.actor?.displayName ?? null,
      reason: event.reason,
      at: event.at.toISOString(),
    };
  }
}

/** Chair and secretary are one each, whatever was stored. */
function rolesWantedOf(stored: Partial<Record<PanelRole, number>>): RolesWantedView {
  return { ...stored, chair: 1, secretary: 1 };
}

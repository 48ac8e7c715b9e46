import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { CONFLICT_SEVERITIES, ConflictFlagView } from '../conflicts';
import type { ConflictSeverity } from '../conflicts';
import { CandidateFieldView, CandidateReasonView } from '../matching/candidates.view';
import { REQUEST_STATES } from '../requests';
import type { RequestState } from '../requests';
import { OrganizationRefView } from '../requests/review-request.views';

/**
 * A task order as an expert sees it on the needs board: what the agency asks and by when, not the
 * proposal's drafters, the panel or anything internal.
 */
export class MatchingNeedView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: OrganizationRefView, description: 'The agency that placed the order' })
  agency: OrganizationRefView;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ enum: REQUEST_STATES, enumName: 'RequestState' }) state: RequestState;
  @ApiProperty({ type: [CandidateFieldView], description: 'The S&T fields the order names' })
  fields: CandidateFieldView[];
  @ApiProperty({ type: [String], description: 'The order’s field codes your own fields reach' })
  matchedFieldCodes: string[];
  @ApiProperty() interested: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Your note to the association' })
  note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) interestedAt: string | null;
}

export class MatchingNeedPage extends PageOf(MatchingNeedView) {
  @ApiProperty({
    description:
      'Whether your profile may be proposed for panels; when not (inactive, deceased, opted out), the board is empty',
  })
  proposable: boolean;
}

/** Where an expert stands in the matcher's ranking for the order (the candidates list's reasons). */
export class NeedMatchView {
  @ApiProperty({ type: 'integer', description: 'Rank among the matched candidates, 1 for the best' })
  rank: number;
  @ApiProperty({ description: '0 to 1' }) score: number;
  @ApiProperty({ type: [CandidateReasonView] }) reasons: CandidateReasonView[];
  @ApiProperty({ type: [String], description: 'Requested field codes the person covers' })
  fieldsCovered: string[];
}

/** An interested or shortlisted expert, as association staff see them. */
export class NeedCandidateView {
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty() interested: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) interestedAt: string | null;
  @ApiProperty() shortlisted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shortlistedAt: string | null;
  @ApiProperty({
    type: NeedMatchView,
    nullable: true,
    description: 'null: the matcher did not find the person for this order',
  })
  match: NeedMatchView | null;
  @ApiProperty({ type: [ConflictFlagView] }) conflicts: ConflictFlagView[];
  @ApiProperty({ enum: CONFLICT_SEVERITIES, nullable: true, description: 'null: no conflict found' })
  worstSeverity: ConflictSeverity | null;
}

export class NeedCandidatePage extends PageOf(NeedCandidateView) {
  @ApiProperty({ type: 'integer', description: 'Experts who expressed interest' }) interested: number;
  @ApiProperty({ type: 'integer', description: 'Experts staff shortlisted' }) shortlisted: number;
}

/** What the agency learns of the board: how many, never who. */
export class NeedInterestSummaryView {
  @ApiProperty({ type: 'integer', description: 'Experts who expressed interest' }) interested: number;
  @ApiProperty({ type: 'integer', description: 'Experts the association shortlisted' }) shortlisted: number;
}

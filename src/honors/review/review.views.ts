import { ApiProperty } from '@nestjs/swagger';
import { PANEL_ROLES } from '../../panels';
import type { PanelRole } from '../../panels';

export const SHEET_STATES = ['none', 'draft', 'submitted'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

const SCORES = {
  type: 'object',
  additionalProperties: { type: 'number' },
  description: 'By criterion code',
} as const;

export class SheetCriterionView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'number' }) weight: number;
}

export class SheetScaleView {
  @ApiProperty({ type: 'number' }) min: number;
  @ApiProperty({ type: 'number' }) max: number;
}

/** The caller's own sheet for one nominee of the round. */
export class ScoreSheetView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: String, nullable: true }) workTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ enum: SHEET_STATES, enumName: 'ScoreSheetState', description: 'none: not saved yet' })
  state: SheetState;
  @ApiProperty(SCORES) scores: Record<string, number>;
  @ApiProperty() comment: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once: locked' })
  submittedAt: string | null;
  @ApiProperty({ description: 'Whether the sheet can still be saved and submitted' }) editable: boolean;
  @ApiProperty({ type: [SheetCriterionView] }) criteria: SheetCriterionView[];
  @ApiProperty({ type: SheetScaleView }) scale: SheetScaleView;
  @ApiProperty({ type: 'integer', description: 'The ETag value (0: nothing saved yet)' }) version: number;
}

export class MySheetItemView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: String, nullable: true }) workTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ enum: SHEET_STATES, enumName: 'ScoreSheetState' }) state: SheetState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: 'integer', description: 'The sheet’s ETag value (0: nothing saved yet)' })
  version: number;
}

export class MySheetsView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ enum: PANEL_ROLES, enumName: 'PanelRole' }) role: PanelRole;
  @ApiProperty({ description: 'Sheets can be saved and submitted now' }) scoringOpen: boolean;
  @ApiProperty({ type: [MySheetItemView], description: 'The round’s nominees I am not recused from' })
  items: MySheetItemView[];
  @ApiProperty({ type: 'integer', description: 'Nominees of the round I am recused from' })
  recusedCount: number;
}

/** The sheets of a personal scoring link's member, with the round they are for. */
export class LinkedSheetsView extends MySheetsView {
  @ApiProperty() campaignTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'The round’s name, when the campaign names it' })
  roundName: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The round’s deadline: the link works until this day ends',
  })
  deadline: string | null;
  @ApiProperty({ description: 'The member the link is for' }) memberName: string;
}

export class ProgressMemberView {
  @ApiProperty({ format: 'uuid', description: 'The council member row' }) memberId: string;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PANEL_ROLES, enumName: 'PanelRole' }) role: PanelRole;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'Saved, not submitted' }) drafts: number;
  @ApiProperty({ type: 'integer', description: 'The round’s nominees they are not recused from' })
  expected: number;
  @ApiProperty({ type: [String], description: 'Nominations they are recused from' })
  recusedFrom: string[];
}

export class RecusedMemberView {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PANEL_ROLES, enumName: 'PanelRole' }) role: PanelRole;
}

export class ProgressNomineeView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'Members not recused from them' }) expected: number;
  @ApiProperty({ type: [RecusedMemberView] }) recusedMembers: RecusedMemberView[];
}

export class RoundProgressView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scoringOpenedAt: string | null;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) expected: number;
  @ApiProperty({ type: [ProgressMemberView] }) members: ProgressMemberView[];
  @ApiProperty({ type: [ProgressNomineeView] }) nominees: ProgressNomineeView[];
}

export class MemberTotalView {
  @ApiProperty({ format: 'uuid', description: 'The member’s intellectual id (the sheets’ memberId)' })
  memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'number', description: 'Rounded to 2 decimals' }) total: number;
}

export class ResultNominationView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty() nomineeName: string;
  @ApiProperty({ type: 'integer', description: 'Submitted sheets' }) scoreCount: number;
  @ApiProperty({ ...SCORES, additionalProperties: { type: 'number', nullable: true } })
  criterionMeans: Record<string, number | null>;
  @ApiProperty({ type: [MemberTotalView] }) memberTotals: MemberTotalView[];
  @ApiProperty({ type: 'number', nullable: true, description: 'Rounded to 2 decimals' })
  aggregate: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rank: number | null;
  @ApiProperty({ type: [String], description: 'Nominations no rule separates from this one' })
  tiedWith: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The tie-break rule that placed it' })
  decidedBy: string | null;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: String, nullable: true }) prizeLevelCode: string | null;
}

export class QuotaTieView {
  @ApiProperty() levelCode: string;
  @ApiProperty({ type: 'integer' }) placesLeft: number;
  @ApiProperty({ type: [String] }) nominationIds: string[];
}

export class ConfirmationView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The account' })
  secretaryConfirmedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) secretaryConfirmedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chairConfirmedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) chairConfirmedAt: string | null;
  @ApiProperty({ description: 'Both confirmed: the round’s outcome is applied' }) confirmed: boolean;
}

export class PrizeLevelNameView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class RoundResultView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty({ description: 'The final round gives prize levels' }) final: boolean;
  @ApiProperty({ enum: ['computed', 'confirmed'], description: 'confirmed: the stored result' })
  source: 'computed' | 'confirmed';
  @ApiProperty({ enum: ['mean', 'trimmed_mean'] }) method: string;
  @ApiProperty({ type: 'number', nullable: true }) threshold: number | null;
  @ApiProperty({ type: 'integer' }) expectedSheets: number;
  @ApiProperty({ type: 'integer', description: 'Expected sheets not submitted yet' }) missingSheets: number;
  @ApiProperty({ type: [ResultNominationView], description: 'In rank order; the unranked last' })
  nominations: ResultNominationView[];
  @ApiProperty({ type: QuotaTieView, nullable: true }) quotaTie: QuotaTieView | null;
  @ApiProperty({ type: ConfirmationView }) confirmation: ConfirmationView;
  @ApiProperty({
    type: [SheetCriterionView],
    description: 'The scoring criteria the result was computed with: the names of criterionMeans’ codes',
  })
  criteria: SheetCriterionView[];
  @ApiProperty({
    type: [PrizeLevelNameView],
    description: 'The prize levels the result allocates, by rank: the names of prizeLevelCode',
  })
  prizeLevels: PrizeLevelNameView[];
}

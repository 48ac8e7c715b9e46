import { ApiProperty } from '@nestjs/swagger';
import { ACADEMIC_TITLES, DEGREE_LEVELS, STATUSES } from '../../intellectuals';
import { PLACES, type Place } from './matching-params';

export const REASON_CODES = ['phrase', 'fields', 'standing'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One reason in words, to be checked against the profile. */
export class CandidateReasonView {
  @ApiProperty({ enum: REASON_CODES }) code: ReasonCode;
  @ApiProperty() message: string;
  @ApiProperty() messageVi: string;
}

export class MatchedPlaceView {
  @ApiProperty({ enum: PLACES }) place: Place;
  @ApiProperty({ type: [String], description: 'The profile texts holding the phrase (at most 3)' })
  texts: string[];
  @ApiProperty({ type: 'integer', description: 'How many texts of this place hold it' }) count: number;
}

export class MatchedPhraseView {
  @ApiProperty({ description: 'A key phrase of the proposal' }) phrase: string;
  @ApiProperty({ description: "The phrase's share of the proposal's key-phrase weight" }) weight: number;
  @ApiProperty({ type: [MatchedPlaceView] }) places: MatchedPlaceView[];
}

export class CandidateFieldView {
  @ApiProperty() code: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
}

export class ScorePartsView {
  @ApiProperty({ description: 'Key phrases found on the profile, weighted by place (0 to about 1.3)' })
  evidence: number;
  @ApiProperty({ description: 'Fused per-phrase search rank, relative to the best candidate (0 to 1)' })
  retrieval: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of the requested fields covered (0 to 1); null when none requested',
  })
  fields: number | null;
  @ApiProperty({ description: 'Academic title and degree (0 to 1)' }) standing: number;
}

export class CandidateView {
  @ApiProperty({ type: 'integer', description: '1 for the best candidate' }) rank: number;
  @ApiProperty({ format: 'uuid' }) intellectualId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ type: String, nullable: true }) position: string | null;
  @ApiProperty({ enum: ACADEMIC_TITLES, nullable: true }) academicTitle: string | null;
  @ApiProperty({ enum: DEGREE_LEVELS, nullable: true }) highestDegree: string | null;
  @ApiProperty({ description: '0 to 1; higher is a better match' }) score: number;
  @ApiProperty({ type: ScorePartsView }) scoreParts: ScorePartsView;
  @ApiProperty({ type: [CandidateReasonView] }) reasons: CandidateReasonView[];
  @ApiProperty({ type: [MatchedPhraseView] }) matchedPhrases: MatchedPhraseView[];
  @ApiProperty({ type: [CandidateFieldView], description: "The person's own fields" })
  fields: CandidateFieldView[];
  @ApiProperty({ type: [String], description: 'Requested field codes the person covers' })
  fieldsCovered: string[];
  @ApiProperty({ type: [String], description: 'Requested field codes only a sibling field touches' })
  fieldsNear: string[];
  @ApiProperty({ type: 'integer' }) publicationCount: number;
}

export class KeyPhraseView {
  @ApiProperty({ description: 'As the proposal writes it; one search query' }) text: string;
  @ApiProperty({ description: 'Share of the TF-IDF of the chosen phrases (they sum to 1)' }) weight: number;
  @ApiProperty({ type: 'integer', description: 'Occurrences in the proposal' }) occurrences: number;
  @ApiProperty({ type: 'integer', description: 'Profiles of the registry holding it' }) profiles: number;
}

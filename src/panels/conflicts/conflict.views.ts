import { ApiProperty } from '@nestjs/swagger';
import {
  CONFLICT_RULES,
  CONFLICT_SEVERITIES,
  ConflictRule,
  ConflictRulePolicy,
  ConflictSeverity,
} from './conflict-policy';
import type { ConflictEvidence, ConflictFlag, EvidenceKind, EvidenceRecord } from './conflict-rules';

const EVIDENCE_KINDS: EvidenceKind[] = [
  'drafter',
  'organization',
  'employment',
  'publication',
  'project',
  'relation',
  'declaration',
];

export class ConflictRuleView {
  @ApiProperty({ enum: CONFLICT_RULES }) rule: ConflictRule;
  @ApiProperty({ enum: CONFLICT_SEVERITIES }) severity: ConflictSeverity;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'A fact of year Y counts while the current year − Y ≤ this (ongoing facts always); null: at any time',
  })
  withinYears: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'co_authorship: this many shared works block' })
  blockFrom: number | null;
  @ApiProperty() en: string;
  @ApiProperty() vi: string;

  static of(policy: ConflictRulePolicy): ConflictRuleView {
    return { ...policy };
  }
}

export class EvidenceRecordView implements EvidenceRecord {
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: EvidenceKind;
  @ApiProperty({ description: 'The profile row the fact comes from, or the organization id' }) id: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
}

export class ConflictEvidenceView implements ConflictEvidence {
  @ApiProperty() en: string;
  @ApiProperty() vi: string;
  @ApiProperty({ type: String, nullable: true }) drafterName: string | null;
  @ApiProperty({ type: [EvidenceRecordView] }) records: EvidenceRecordView[];
}

export class ConflictFlagView implements ConflictFlag {
  @ApiProperty({ enum: CONFLICT_RULES }) rule: ConflictRule;
  @ApiProperty({ enum: CONFLICT_SEVERITIES }) severity: ConflictSeverity;
  @ApiProperty({ type: ConflictEvidenceView }) evidence: ConflictEvidenceView;
}

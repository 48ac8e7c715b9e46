import { Column } from 'typeorm';

export const SOURCES = ['hr_import', 'self_declared', 'association', 'officer'] as const;
export type Source = (typeof SOURCES)[number];

export const VERIFICATION_STATUSES = ['unverified', 'verified'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Where a fact came from and whether an officer verified it (DESIGN.md section 3). */
export interface Provenance {
  source: Source;
  verification: VerificationStatus;
  verifiedBy: string | null;
  verifiedAt: string | null;
}

/** The top-level facts of a profile are grouped; each group carries one provenance. */
export const FACT_GROUPS = [
  'identity',
  'residence',
  'contact',
  'expertise',
  'titles',
  'employment',
  'overseas',
] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

/**
 * Columns every part of the profile (education, publication…) shares. Parts type their owner as
 * typeorm's `Relation<Intellectual>` (imported as Lazy) so decorator metadata does not touch the
 * Intellectual class while the two modules are still loading each other.
 */
export abstract class ProfilePart {
  @Column({ type: 'text' })
  source: Source;

  @Column({ name: 'verification_status', type: 'text', default: 'unverified' })
  verification: VerificationStatus;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

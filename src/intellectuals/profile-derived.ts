import { DegreeLevel } from './entities/education.entity';
import { Intellectual } from './entities/intellectual.entity';
import { ProfilePart, Provenance, VerificationStatus } from './entities/provenance';
import { INDEX_CLASSES, IndexClass } from './entities/publication.entity';
import { PART_KINDS } from './profile-parts';

/**
 * Degree levels from highest to lowest. It follows the catalog's ranks (degree-levels: rank) and
 * breaks their ties (master, specialist level I and resident share rank 2) in this fixed order.
 */
export const DEGREE_RANKING: readonly DegreeLevel[] = [
  'doctor_of_science',
  'doctorate',
  'specialist_2',
  'master',
  'specialist_1',
  'resident',
  'engineer',
  'bachelor',
];

export function highestDegree(levels: DegreeLevel[]): DegreeLevel | null {
  return DEGREE_RANKING.find((level) => levels.includes(level)) ?? null;
}

export const AGE_BANDS = ['<35', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Completed years of age on `today` (UTC calendar dates). */
export function ageOn(birthDate: string, today: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  return today.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

export function ageBand(birthDate: string | null, today = new Date()): AgeBand | null {
  if (!birthDate) return null;
  const age = ageOn(birthDate, today);
  if (age < 35) return '<35';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  if (age < 65) return '55-64';
  return '65+';
}

export function birthYear(birthDate: string | null | undefined): number | null {
  return birthDate ? Number(birthDate.slice(0, 4)) : null;
}

export function publicationCounts(classes: IndexClass[]): Record<IndexClass, number> {
  const counts = {} as Record<IndexClass, number>;
  for (const name of INDEX_CLASSES) counts[name] = 0;
  for (const name of classes) counts[name] += 1;
  return counts;
}

/**
 * Verified when every fact group and every part item is (the list filter `verified` says the same in
 * SQL); a profile without any fact group is unverified.
 */
export function overallVerification(profile: Intellectual): VerificationStatus {
  const groups = Object.values<Provenance>(profile.provenance ?? {});
  const items: ProfilePart[] = PART_KINDS.flatMap((kind) => (profile[kind] ?? []) as ProfilePart[]);
  const all = [...groups, ...items].map((fact) => fact.verification);
  return groups.length > 0 && all.every((status) => status === 'verified') ? 'verified' : 'unverified';
}

import { EntityManager, In } from 'typeorm';
import { INDEX_CLASSES, IndexClass } from '../entities/publication.entity';
import { AgeBand, ageBandOf, currentYear } from './age-bands';
import { ProfileSummaryRow } from './profile-summary.entity';

/** The derived facts of one profile, as every consumer shows them. */
export interface ProfileSummary extends Omit<ProfileSummaryRow, 'publicationCounts'> {
  ageBand: AgeBand | null;
  /** Every index class, zero included. */
  publicationCounts: Record<IndexClass, number>;
}

/** Summaries of these profiles (deleted ones included), by id: one query on the view. */
export async function loadSummaries(
  manager: EntityManager,
  ids: string[],
  year: number = currentYear(),
): Promise<Map<string, ProfileSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.find(ProfileSummaryRow, { where: { id: In([...new Set(ids)]) } });
  return new Map(rows.map((row) => [row.id, toSummary(row, year)]));
}

export function toSummary(row: ProfileSummaryRow, year: number = currentYear()): ProfileSummary {
  const publicationCounts = {} as Record<IndexClass, number>;
  for (const name of INDEX_CLASSES) publicationCounts[name] = row.publicationCounts[name] ?? 0;
  return { ...row, ageBand: ageBandOf(row.birthYear, year), publicationCounts };
}

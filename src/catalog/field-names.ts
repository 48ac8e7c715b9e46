import { EntityManager, In } from 'typeorm';
import { CatalogEntry } from './catalog-entry.entity';

/** S&T field names by code, for texts that name fields to a person rather than show their codes. */
export type FieldNames = ReadonlyMap<string, { nameVi: string; nameEn: string | null }>;

export async function fieldNamesOf(manager: EntityManager, codes: readonly string[]): Promise<FieldNames> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const entries = await manager.findBy(CatalogEntry, { catalog: 'fields', code: In(unique) });
  return new Map(entries.map((entry) => [entry.code, { nameVi: entry.nameVi, nameEn: entry.nameEn }]));
}

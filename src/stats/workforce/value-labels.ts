import { EntityManager } from 'typeorm';
import type { Label, LabelSource } from './workforce-dimensions';

/** The Vietnamese and English names of a dimension's values (English falls back to Vietnamese). */
export async function valueLabels(
  manager: EntityManager,
  source: LabelSource,
  keys: string[],
): Promise<Map<string, Label>> {
  if ('names' in source) return new Map(Object.entries(source.names));
  if (keys.length === 0) return new Map();
  const rows =
    'catalog' in source
      ? await manager.query<Array<{ key: string; vi: string; en: string | null }>>(
          `SELECT code AS key, name_vi AS vi, name_en AS en FROM catalog_entry WHERE catalog = $1 AND code = ANY($2::text[])`,
          [source.catalog, keys],
        )
      : await manager.query<Array<{ key: string; vi: string; en: string | null }>>(
          `SELECT id::text AS key, name_vi AS vi, name_en AS en FROM organization WHERE id = ANY($1::uuid[])`,
          [keys],
        );
  return new Map(rows.map((row) => [row.key, { vi: row.vi, en: row.en ?? row.vi }]));
}

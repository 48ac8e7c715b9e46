import { Pool } from 'pg';
import { foldVietnamese } from '../../src/common/text/normalize';
import type { SearchSpec } from '../queries';

/**
 * The PostgreSQL full-text baseline, tuned fairly: a bench-only table (never an app migration) with
 * one weighted tsvector over f_unaccent(…) of name, expertise, fields, position, organization and
 * biography under a GIN index, pg_trgm GIN indexes for typo-tolerant names and expertise, and the
 * filter and sort columns indexed.
 */
export async function createBaseline(pool: Pool): Promise<number> {
  const started = performance.now();
  await pool.query(`DROP TABLE IF EXISTS bench_pg_search`);
  await pool.query(`
    CREATE TABLE bench_pg_search AS
    SELECT i.id, i.full_name, i.status, i.sector, i.commune_code, i.gender,
           i.academic_title->>'code' AS academic_title,
           i.field_codes || ARRAY(SELECT DISTINCT left(code, 1) FROM unnest(i.field_codes) code) AS field_codes,
           (SELECT e.level FROM education e WHERE e.intellectual_id = i.id
             ORDER BY CASE e.level WHEN 'doctor_of_science' THEN 5 WHEN 'doctorate' THEN 4 WHEN 'specialist_2' THEN 3
               WHEN 'master' THEN 2 WHEN 'specialist_1' THEN 2 WHEN 'resident' THEN 2 ELSE 1 END DESC LIMIT 1) AS degree_level,
           (SELECT count(*) FROM publication p WHERE p.intellectual_id = i.id)::int AS publication_count,
           f_unaccent(lower(i.full_name)) AS name_folded,
           f_unaccent(lower(array_to_string(i.expertise, ' '))) AS expertise_folded,
           setweight(to_tsvector('simple', f_unaccent(lower(i.full_name || ' ' || array_to_string(i.other_names, ' ')))), 'A')
           || setweight(to_tsvector('simple', f_unaccent(lower(array_to_string(i.expertise, ' ')))), 'B')
           || setweight(to_tsvector('simple', f_unaccent(lower(coalesce(
                (SELECT string_agg(f.name_vi || ' ' || coalesce(f.name_en, ''), ' ') FROM catalog_entry f
                  WHERE f.catalog = 'fields' AND f.code = ANY(i.field_codes)), '')))), 'B')
           || setweight(to_tsvector('simple', f_unaccent(lower(concat_ws(' ', i.position, i.organization_name,
                o.name_vi, o.name_en, o.short_name)))), 'C')
           || setweight(to_tsvector('simple', f_unaccent(lower(coalesce(i.biography, '')))), 'D') AS doc
    FROM intellectual i LEFT JOIN organization o ON o.id = i.organization_id
    WHERE i.deleted_at IS NULL`);
  for (const index of [
    `USING gin (doc)`,
    `USING gin (name_folded gin_trgm_ops)`,
    `USING gin (expertise_folded gin_trgm_ops)`,
    `USING gin (field_codes)`,
    `(status, full_name)`,
    `(status, publication_count DESC)`,
    `(sector)`,
    `(commune_code)`,
    `(degree_level)`,
  ]) {
    await pool.query(`CREATE INDEX ON bench_pg_search ${index}`);
  }
  await pool.query(`ANALYZE bench_pg_search`);
  return (performance.now() - started) / 1000;
}

const COLUMNS = {
  degreeLevel: 'degree_level',
  sector: 'sector',
  communeCode: 'commune_code',
  gender: 'gender',
  academicTitle: 'academic_title',
} as const;

/** The SQL for a spec: the same filters as the API (active people by default), ranked by text match. */
export function baselineQuery(spec: SearchSpec): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [`status = 'active'`];
  for (const [name, chosen] of Object.entries(spec.filters)) {
    where.push(
      name === 'fieldCode'
        ? `field_codes && ${param(chosen)}::text[]`
        : `${COLUMNS[name as keyof typeof COLUMNS]} = ANY(${param(chosen)}::text[])`,
    );
  }
  let order = spec.sort === 'fullName:asc' ? 'full_name ASC' : 'publication_count DESC';
  if (spec.q) {
    const q = param(foldVietnamese(spec.q));
    where.push(`(doc @@ plainto_tsquery('simple', ${q}) OR ${q} <% name_folded OR ${q} <% expertise_folded)`);
    if (!spec.sort) {
      order = `ts_rank(doc, plainto_tsquery('simple', ${q})) + word_similarity(${q}, name_folded)
               + 0.5 * word_similarity(${q}, expertise_folded) DESC`;
    }
  }
  return {
    text: `SELECT id, count(*) OVER () AS total FROM bench_pg_search WHERE ${where.join(' AND ')}
           ORDER BY ${order} LIMIT ${param(spec.limit)} OFFSET ${param(spec.offset)}`,
    values,
  };
}

export async function baselineSearch(pool: Pool, spec: SearchSpec): Promise<string[]> {
  const { text, values } = baselineQuery(spec);
  const { rows } = await pool.query<{ id: string }>(text, values);
  return rows.map((row) => row.id);
}

import { EntityManager } from 'typeorm';

/** The fact columns, in the order the refresh compares and writes them. */
const FACT_COLUMNS = [
  'field_root',
  'field_level2',
  'highest_degree',
  'academic_title',
  'commune_code',
  'sector',
  'organization_id',
  'gender',
  'birth_year',
  'status',
  'overseas_country',
  'origin_elsewhere',
  'ethnic_minority',
  'disability',
] as const;

/**
 * Each given person's facts as they are now, from the profile summary (intellectual_summary, the
 * view every other figure of the app reads) and the profile row. `gone`: soft-deleted or merged.
 */
const CURRENT_FACTS = `
  SELECT i.id AS intellectual_id, i.created_at, i.deleted_at,
    (i.deleted_at IS NOT NULL OR i.merged_into_id IS NOT NULL) AS gone,
    s.primary_field_root AS field_root,
    (WITH RECURSIVE up(code, parent_code, level) AS (
        SELECT f.code, f.parent_code, f.level FROM catalog_entry f
         WHERE f.catalog = 'fields' AND f.code = i.primary_field_code
        UNION SELECT f.code, f.parent_code, f.level FROM catalog_entry f
         JOIN up ON f.catalog = 'fields' AND f.code = up.parent_code)
      SELECT code FROM up WHERE level = 2 LIMIT 1) AS field_level2,
    s.highest_degree,
    i.academic_title->>'code' AS academic_title,
    i.commune_code,
    i.sector,
    i.organization_id,
    i.gender,
    s.birth_year,
    i.status,
    CASE WHEN s.overseas THEN i.country_code END AS overseas_country,
    (i.hometown->>'communeCode' IS NOT NULL AND i.commune_code IS NULL
      AND (s.overseas OR i.province_name IS NOT NULL)) AS origin_elsewhere,
    (SELECT (e.attributes->>'ethnicMinority')::boolean FROM catalog_entry e
      WHERE e.catalog = 'ethnic-groups' AND e.code = i.ethnic_group_code) AS ethnic_minority,
    i.disability IS NOT NULL AS disability
  FROM intellectual i JOIN intellectual_summary s ON s.id = i.id
  WHERE i.id = ANY($1::uuid[])`;

const columns = (alias: string) => FACT_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

/**
 * Brings the facts of these people up to date in the caller's transaction: an open row whose facts
 * changed (or whose person is gone) is closed now, and a person without an open row gets one. A
 * person's first row starts at their profile's creation; someone already gone when first seen gets
 * one closed row for the time they were registered. Idempotent, so outbox redelivery is harmless.
 */
export async function refreshWorkforceFacts(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `WITH c AS (${CURRENT_FACTS})
     UPDATE workforce_fact f
        SET valid_to = greatest(f.valid_from, CASE WHEN c.gone THEN coalesce(c.deleted_at, now()) ELSE now() END)
       FROM c
      WHERE f.intellectual_id = c.intellectual_id AND f.valid_to IS NULL
        AND (c.gone OR (${columns('f')}) IS DISTINCT FROM (${columns('c')}))`,
    [ids],
  );
  // removed from the registry outright (not soft-deleted)
  await manager.query(
    `UPDATE workforce_fact f SET valid_to = greatest(f.valid_from, now())
      WHERE f.intellectual_id = ANY($1::uuid[]) AND f.valid_to IS NULL
        AND NOT EXISTS (SELECT 1 FROM intellectual i WHERE i.id = f.intellectual_id)`,
    [ids],
  );
  await manager.query(
    `WITH c AS (${CURRENT_FACTS})
     INSERT INTO workforce_fact (intellectual_id, valid_from, valid_to, ${FACT_COLUMNS.join(', ')})
     SELECT c.intellectual_id,
            CASE WHEN known.any THEN now() ELSE c.created_at END,
            CASE WHEN c.gone THEN greatest(c.created_at, coalesce(c.deleted_at, now())) END,
            ${columns('c')}
       FROM c CROSS JOIN LATERAL (
         SELECT EXISTS (SELECT 1 FROM workforce_fact f WHERE f.intellectual_id = c.intellectual_id) AS any,
                EXISTS (SELECT 1 FROM workforce_fact f
                         WHERE f.intellectual_id = c.intellectual_id AND f.valid_to IS NULL) AS open) known
      WHERE NOT known.open AND (NOT c.gone OR NOT known.any)`,
    [ids],
  );
}

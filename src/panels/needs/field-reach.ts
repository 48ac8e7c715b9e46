import type { EntityManager } from 'typeorm';

/**
 * The S&T field codes a person's fields reach at any level of the catalog's hierarchy: their own
 * fields, every field above them and every field below them. A fisheries expert (405) sees a need
 * filed under agricultural sciences (4), and someone who declared only agricultural sciences sees
 * one filed under fisheries; a sibling field (401 crops) is not reached.
 */
export async function fieldReachOf(manager: EntityManager, intellectualId: string): Promise<string[]> {
  const rows = await manager.query<Array<{ codes: string[] }>>(
    `SELECT array_remove(array_prepend(primary_field_code, field_codes), NULL) AS codes
       FROM intellectual WHERE id = $1`,
    [intellectualId],
  );
  return reachOfCodes(manager, rows[0]?.codes ?? []);
}

/**
 * The same reach for a set of codes. Reaching is symmetric (a field reaches its ancestors and its
 * descendants), so the experts a need reaches are those whose own fields lie in the need's reach.
 */
export async function reachOfCodes(manager: EntityManager, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await manager.query<Array<{ codes: string[] }>>(
    `WITH RECURSIVE own(code) AS (SELECT unnest(CAST($1 AS text[]))),
     up(code) AS (
       SELECT code FROM own
       UNION SELECT f.parent_code FROM catalog_entry f JOIN up ON f.catalog = 'fields' AND f.code = up.code
        WHERE f.parent_code IS NOT NULL),
     down(code) AS (
       SELECT code FROM own
       UNION SELECT f.code FROM catalog_entry f JOIN down ON f.catalog = 'fields' AND f.parent_code = down.code)
     SELECT ARRAY(SELECT code FROM up UNION SELECT code FROM down ORDER BY 1) AS codes`,
    [codes],
  );
  return rows[0]?.codes ?? [];
}

import type { EntityManager } from 'typeorm';

/**
 * The S&T field codes a person's fields reach at any level of the catalog's hierarchy: their own
 * fields, every field above them and every field below them. A fisheries expert (405) sees a need
 * filed under agricultural sciences (4), and someone who declared only agricultural sciences sees
 * one filed under fisheries; a sibling field (401 crops) is not reached.
 */
export async function fieldReachOf(manager: EntityManager, intellectualId: string): Promise<string[]> {
  const rows = await manager.query<Array<{ codes: string[] }>>(
    `WITH RECURSIVE own(code) AS (
       SELECT unnest(array_remove(array_prepend(i.primary_field_code, i.field_codes), NULL))
         FROM intellectual i WHERE i.id = $1),
     up(code) AS (
       SELECT code FROM own
       UNION SELECT f.parent_code FROM catalog_entry f JOIN up ON f.catalog = 'fields' AND f.code = up.code
        WHERE f.parent_code IS NOT NULL),
     down(code) AS (
       SELECT code FROM own
       UNION SELECT f.code FROM catalog_entry f JOIN down ON f.catalog = 'fields' AND f.parent_code = down.code)
     SELECT ARRAY(SELECT code FROM up UNION SELECT code FROM down ORDER BY 1) AS codes`,
    [intellectualId],
  );
  return rows[0]?.codes ?? [];
}

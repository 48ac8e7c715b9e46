import type { EntityManager } from 'typeorm';
import type { IntellectualStatus } from '../../intellectuals';
import type { ProfileTexts } from './evidence';

/** One profile's facts the matcher reads: public and internal attributes only (DESIGN.md section 4). */
export interface ProfileTextRow {
  id: string;
  fullName: string;
  status: IntellectualStatus;
  deletedAt: Date | null;
  mergedIntoId: string | null;
  academicTitle: string | null;
  position: string | null;
  primaryFieldCode: string | null;
  fieldCodes: string[];
  expertise: string[];
  biography: string | null;
  publications: string[];
  projects: string[];
  patents: string[];
  awards: string[];
  positions: string[];
}

const SELECT = `
  SELECT i.id, i.full_name AS "fullName", i.status, i.deleted_at AS "deletedAt",
    i.merged_into_id AS "mergedIntoId", i.academic_title->>'code' AS "academicTitle", i.position,
    i.primary_field_code AS "primaryFieldCode", i.field_codes AS "fieldCodes", i.expertise, i.biography,
    ARRAY(SELECT title FROM publication WHERE intellectual_id = i.id) AS publications,
    ARRAY(SELECT title FROM research_project WHERE intellectual_id = i.id) AS projects,
    ARRAY(SELECT title FROM intellectual_property WHERE intellectual_id = i.id) AS patents,
    ARRAY(SELECT name FROM award WHERE intellectual_id = i.id) AS awards,
    ARRAY(SELECT position FROM employment WHERE intellectual_id = i.id AND position IS NOT NULL) AS positions
  FROM intellectual i`;

/** These profiles' rows (deleted and merged ones too, so eligibility can say no). */
export function profileTextRows(manager: EntityManager, ids: string[]): Promise<ProfileTextRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return manager.query<ProfileTextRow[]>(`${SELECT} WHERE i.id = ANY($1::uuid[])`, [ids]);
}

/** Current profiles of these statuses in id order after `afterId`: keyset pages for counting term statistics. */
export function profileTextPage(
  manager: EntityManager,
  statuses: IntellectualStatus[],
  afterId: string | null,
  limit: number,
): Promise<ProfileTextRow[]> {
  return manager.query<ProfileTextRow[]>(
    `${SELECT} WHERE i.deleted_at IS NULL AND i.merged_into_id IS NULL AND i.status = ANY($1::text[])
       AND ($2::uuid IS NULL OR i.id > $2::uuid) ORDER BY i.id LIMIT $3`,
    [statuses, afterId, limit],
  );
}

/**
 * The row's texts by place. Field names come from the catalog (Vietnamese and English), for the
 * person's own fields only: the parents a field tree adds would match every proposal of the group.
 */
export function textsOf(row: ProfileTextRow, fieldNames: (code: string) => string[]): ProfileTexts {
  const own = [...new Set([row.primaryFieldCode, ...row.fieldCodes].filter((c): c is string => !!c))];
  return {
    expertise: row.expertise,
    field: own.flatMap(fieldNames),
    project: row.projects,
    patent: row.patents,
    publication: row.publications,
    award: row.awards,
    position: [...new Set([row.position, ...row.positions].filter((p): p is string => !!p))],
    biography: row.biography ? [row.biography] : [],
  };
}

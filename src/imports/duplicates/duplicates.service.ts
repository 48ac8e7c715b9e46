import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { page, Page, PageQuery } from '../../common/pagination/page';
import { DuplicatePairView, DuplicatePersonView, DuplicateReasonView } from './duplicates.view';

/** Trigram similarity of unaccented names from which two people of one organization are flagged. */
export const SIMILAR_NAME = 0.6;

interface PairRow {
  first_id: string;
  second_id: string;
  same_name_birth: boolean;
  same_organization: boolean;
  name_similarity: number;
  score: number;
  total: string;
}

/**
 * Candidate duplicate pairs among live records: the same name (ignoring case and diacritics) and
 * birth date, or a similar name (pg_trgm over f_unaccent(lower(full_name))) in the same organization.
 * The same national ID cannot occur twice (a unique index), so imports match on it instead.
 */
@Injectable()
export class DuplicatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: PageQuery): Promise<Page<DuplicatePairView>> {
    const rows = await this.dataSource.query<PairRow[]>(
      `WITH people AS (
         SELECT id, f_unaccent(lower(full_name)) AS name, birth_date, organization_id
           FROM intellectual WHERE deleted_at IS NULL),
       pairs AS (
         SELECT a.id AS first_id, b.id AS second_id FROM people a
           JOIN people b ON a.name = b.name AND a.birth_date = b.birth_date AND a.id < b.id
         UNION
         SELECT a.id, b.id FROM people a
           JOIN people b ON a.organization_id = b.organization_id AND a.id < b.id
          WHERE similarity(a.name, b.name) >= $3),
       scored AS (
         SELECT p.first_id, p.second_id,
                (a.name = b.name AND a.birth_date = b.birth_date) AS same_name_birth,
                COALESCE(a.organization_id = b.organization_id, false) AS same_organization,
                similarity(a.name, b.name)::float AS name_similarity
           FROM pairs p JOIN people a ON a.id = p.first_id JOIN people b ON b.id = p.second_id)
       SELECT *, round(CASE WHEN same_name_birth THEN CASE WHEN same_organization THEN 1 ELSE 0.9 END
                            ELSE name_similarity * 0.85 END::numeric, 2)::float AS score,
              count(*) OVER () AS total
         FROM scored
        ORDER BY score DESC, first_id, second_id
        LIMIT $1 OFFSET $2`,
      [query.limit, query.offset, SIMILAR_NAME],
    );
    const people = await this.people(rows.flatMap((row) => [row.first_id, row.second_id]));
    return page(
      rows.map((row) => ({
        score: row.score,
        reasons: reasonsOf(row),
        first: people.get(row.first_id)!,
        second: people.get(row.second_id)!,
      })),
      rows.length ? Number(rows[0].total) : 0,
      query,
    );
  }

  private async people(ids: string[]): Promise<Map<string, DuplicatePersonView>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<DuplicatePersonView[]>(
      `SELECT id, full_name AS "fullName", to_char(birth_date, 'YYYY-MM-DD') AS "birthDate",
              organization_name AS "organizationName", version
         FROM intellectual WHERE id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function reasonsOf(row: PairRow): DuplicateReasonView[] {
  const reasons: DuplicateReasonView[] = [];
  if (row.same_name_birth) {
    reasons.push({
      code: 'same_name_and_birth_date',
      message: 'Same name and date of birth',
      messageVi: 'Trùng họ tên và ngày sinh',
    });
  }
  if (row.same_organization && row.name_similarity >= SIMILAR_NAME) {
    const percent = Math.round(row.name_similarity * 100);
    reasons.push({
      code: 'similar_name_same_organization',
      message: `Similar name (${percent}%) in the same organization`,
      messageVi: `Họ tên gần giống (${percent}%) và cùng cơ quan`,
    });
  }
  return reasons;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { page, Page, PageQuery } from '../../common/pagination/page';
import { Intellectual } from '../entities/intellectual.entity';
import { visibleClasses } from '../privacy/attribute-classes';
import { ProfileLoader } from '../profile-loader';
import { serializeSummary } from '../profile-view';
import { CandidatePair, groupCandidates } from './duplicate-groups';
import {
  DuplicateGroupView,
  DuplicateLinkView,
  DuplicatePersonView,
  DuplicateReasonView,
} from './duplicates.view';

/** Trigram similarity of unaccented names from which two people of one organization are flagged. */
export const SIMILAR_NAME = 0.6;

interface PairRow {
  first_id: string;
  second_id: string;
  same_name_birth: boolean;
  same_organization: boolean;
  name_similarity: number;
  score: number;
}

type ScoredPair = CandidatePair & { reasons: DuplicateReasonView[] };

/**
 * Candidate duplicates among live records, in groups: pairs with the same name (ignoring case and
 * diacritics) and birth date, or a similar name (pg_trgm over f_unaccent(lower(full_name))) in the
 * same organization, joined into the groups they connect. People whose gender, birth date and
 * national ID all differ are never a pair. The same national ID cannot occur twice (a unique index),
 * so imports match on it instead.
 */
@Injectable()
export class DuplicateCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: ProfileLoader,
  ) {}

  async list(query: PageQuery, principal: Principal): Promise<Page<DuplicateGroupView>> {
    const groups = groupCandidates(await this.pairs());
    const shown = groups.slice(query.offset, query.offset + query.limit);
    const people = await this.people(
      shown.flatMap((group) => group.ids),
      principal,
    );
    return page(
      shown.map((group) => ({
        score: group.score,
        members: group.ids.map((id) => people.get(id)!),
        links: group.links.map(({ firstId, secondId, score, reasons }): DuplicateLinkView => ({
          firstId,
          secondId,
          score,
          reasons,
        })),
      })),
      groups.length,
      query,
    );
  }

  private async pairs(): Promise<ScoredPair[]> {
    const rows = await this.dataSource.query<PairRow[]>(
      `WITH people AS (
         SELECT id, f_unaccent(lower(full_name)) AS name, gender, birth_date, national_id, organization_id
           FROM intellectual WHERE deleted_at IS NULL),
       pairs AS (
         SELECT a.id AS first_id, b.id AS second_id FROM people a
           JOIN people b ON a.name = b.name AND a.birth_date = b.birth_date AND a.id < b.id
         UNION
         SELECT a.id, b.id FROM people a
           JOIN people b ON a.organization_id = b.organization_id AND a.id < b.id
          WHERE similarity(a.name, b.name) >= $1
            -- known to differ in all three: two people, however alike their names
            AND NOT COALESCE(a.gender <> b.gender AND a.birth_date <> b.birth_date
                             AND a.national_id <> b.national_id, false)),
       scored AS (
         SELECT p.first_id, p.second_id,
                (a.name = b.name AND a.birth_date = b.birth_date) AS same_name_birth,
                COALESCE(a.organization_id = b.organization_id, false) AS same_organization,
                similarity(a.name, b.name)::float AS name_similarity
           FROM pairs p JOIN people a ON a.id = p.first_id JOIN people b ON b.id = p.second_id)
       SELECT *, round(CASE WHEN same_name_birth THEN CASE WHEN same_organization THEN 1 ELSE 0.9 END
                            ELSE name_similarity * 0.85 END::numeric, 2)::float AS score
         FROM scored`,
      [SIMILAR_NAME],
    );
    return rows.map((row) => ({
      firstId: row.first_id,
      secondId: row.second_id,
      score: row.score,
      reasons: reasonsOf(row),
    }));
  }

  /** The members as staff lists show them (the one profile serializer: employer names included). */
  private async people(ids: string[], principal: Principal): Promise<Map<string, DuplicatePersonView>> {
    if (ids.length === 0) return new Map();
    const manager = this.dataSource.manager;
    const rows = await manager.find(Intellectual, { where: { id: In(ids) } });
    const classes = visibleClasses(principal, false);
    const loaded = await this.loader.withParts(manager, rows, []);
    return new Map(
      loaded.map((profile) => {
        const view = serializeSummary(profile, classes);
        return [
          profile.profile.id,
          {
            id: profile.profile.id,
            fullName: view.fullName as string,
            gender: (view.gender ?? null) as string | null,
            birthYear: (view.birthYear ?? null) as number | null,
            organizationName: (view.organizationName ?? null) as string | null,
            version: profile.profile.version,
          },
        ];
      }),
    );
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

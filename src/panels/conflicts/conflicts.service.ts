import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, MoreThanOrEqual } from 'typeorm';
import { Organization } from '../../catalog';
import {
  currentYear,
  Employment,
  Intellectual,
  Publication,
  Relation,
  ResearchProject,
} from '../../intellectuals';
import { ConflictPolicy, DEFAULT_CONFLICT_POLICY } from './conflict-policy';
import {
  CandidateFacts,
  ConflictFlag,
  conflictsOf,
  ConflictSubject,
  DrafterFacts,
  normalDoi,
  ProjectFacts,
  WorkFacts,
} from './conflict-rules';
import { readTogether } from '../../platform/database/read-together';

/** What the conflict rules read of a review request (the requests module's entity has these). */
export interface ConflictRequest {
  id: string;
  requestingOrganizationId: string;
  drafters: { intellectualId: string | null; name: string; organizationId: string | null }[];
}

/** A conflict an expert declared when answering the invitation, by intellectual id. */
export type DeclaredConflicts = ReadonlyMap<string, { text: string; at: Date }>;

/**
 * Loads the facts the conflict rules compare and evaluates them, for any number of candidates in a
 * fixed number of queries (people, employments, publications, projects, relations, organizations),
 * each limited in SQL to the rows that can matter (the organizations involved, the windows, the
 * drafters' DOIs and years).
 */
@Injectable()
export class ConflictsService {
  readonly policy: ConflictPolicy = DEFAULT_CONFLICT_POLICY;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async evaluate(
    request: ConflictRequest,
    candidateIds: readonly string[],
    declared: DeclaredConflicts = new Map(),
    manager: EntityManager = this.dataSource.manager,
    year: number = currentYear(),
  ): Promise<Map<string, ConflictFlag[]>> {
    const ids = [...new Set(candidateIds)];
    if (ids.length === 0) return new Map();
    const linked = [
      ...new Set(request.drafters.flatMap((d) => (d.intellectualId ? [d.intellectualId] : []))),
    ];
    const people = await manager.find(Intellectual, {
      select: { id: true, organizationId: true },
      where: { id: In([...new Set([...ids, ...linked])]) },
      withDeleted: true,
    });
    const organizationOf = new Map(people.map((p) => [p.id, p.organizationId]));
    const drafterOrganizations = request.drafters.map((drafter) => [
      ...new Set(
        [
          drafter.organizationId,
          drafter.intellectualId ? organizationOf.get(drafter.intellectualId) : null,
        ].filter((id): id is string => !!id),
      ),
    ]);
    const organizationIds = [...new Set([request.requestingOrganizationId, ...drafterOrganizations.flat()])];

    const [organizations, employments, works, projects, relations] = await readTogether(manager, [
      () =>
        manager.find(Organization, {
          select: { id: true, nameVi: true },
          where: { id: In(organizationIds) },
        }),
      () =>
        manager.find(Employment, {
          select: { id: true, intellectualId: true, organizationId: true, fromYear: true, toYear: true },
          where: { intellectualId: In(ids), organizationId: In(organizationIds) },
        }),
      () => this.works(manager, ids, linked, year),
      () => this.projects(manager, [...ids, ...linked], year),
      () =>
        linked.length === 0
          ? Promise.resolve([] as Relation[])
          : manager.find(Relation, {
              select: {
                id: true,
                intellectualId: true,
                relatedIntellectualId: true,
                kind: true,
                fromYear: true,
                toYear: true,
              },
              where: [
                { intellectualId: In(ids), relatedIntellectualId: In(linked) },
                { intellectualId: In(linked), relatedIntellectualId: In(ids) },
              ],
            }),
    ]);

    const subject: ConflictSubject = {
      requestingOrganizationId: request.requestingOrganizationId,
      organizationNames: new Map(organizations.map((o) => [o.id, o.nameVi])),
      drafters: request.drafters.map((drafter, i): DrafterFacts => ({
        intellectualId: drafter.intellectualId,
        name: drafter.name,
        organizationIds: drafterOrganizations[i],
        publications: drafter.intellectualId ? (works.get(drafter.intellectualId) ?? []) : [],
        projects: drafter.intellectualId ? (projects.get(drafter.intellectualId) ?? []) : [],
      })),
    };
    const result = new Map<string, ConflictFlag[]>();
    for (const id of ids) {
      const candidate: CandidateFacts = {
        id,
        organizationId: organizationOf.get(id) ?? null,
        employments: employments.filter((job) => job.intellectualId === id),
        publications: works.get(id) ?? [],
        projects: projects.get(id) ?? [],
        relations: relations.flatMap((r) => {
          if (r.intellectualId === id) return [{ ...r, otherId: r.relatedIntellectualId }];
          if (r.relatedIntellectualId === id) return [{ ...r, otherId: r.intellectualId }];
          return [];
        }),
        declaredConflict: declared.get(id) ?? null,
      };
      result.set(id, conflictsOf(subject, candidate, this.policy, year));
    }
    return result;
  }

  /**
   * Publications inside the co-authorship window: the drafters' all, the candidates' only those that
   * can match one of them (a drafter's DOI, or a year a drafter published in).
   */
  private async works(
    manager: EntityManager,
    candidateIds: string[],
    drafterIds: string[],
    year: number,
  ): Promise<Map<string, WorkFacts[]>> {
    const within = this.policy.co_authorship.withinYears;
    const since = within === null ? -32768 : year - within;
    if (drafterIds.length === 0) return new Map();
    const select = { id: true, intellectualId: true, doi: true, title: true, year: true } as const;
    const theirs = await manager.find(Publication, {
      select,
      where: { intellectualId: In(drafterIds), year: MoreThanOrEqual(since) },
    });
    const dois = [...new Set(theirs.flatMap((w) => (w.doi ? [normalDoi(w.doi)] : [])))];
    const years = [...new Set(theirs.map((w) => w.year))];
    const candidates = candidateIds.filter((id) => !drafterIds.includes(id));
    const mine =
      theirs.length === 0 || candidates.length === 0
        ? []
        : await manager
            .createQueryBuilder(Publication, 'p')
            .select(['p.id', 'p.intellectualId', 'p.doi', 'p.title', 'p.year'])
            .where('p.intellectual_id IN (:...candidates)', { candidates })
            .andWhere(
              new Brackets((or) =>
                or
                  .where('p.year IN (:...years)', { years })
                  .orWhere(
                    `regexp_replace(lower(trim(p.doi)), '^(https?://(dx\\.)?doi\\.org/|doi:\\s*)', '') IN (:...dois)`,
                    { dois: dois.length ? dois : [''] },
                  ),
              ),
            )
            .andWhere('p.year >= :since', { since })
            .getMany();
    return groupByPerson([...theirs, ...mine], (w) => ({
      id: w.id,
      doi: w.doi,
      title: w.title,
      year: w.year,
    }));
  }

  /** Research projects inside the shared-project window (ongoing ones included). */
  private async projects(
    manager: EntityManager,
    ids: string[],
    year: number,
  ): Promise<Map<string, ProjectFacts[]>> {
    const within = this.policy.shared_project.withinYears;
    const recent = within === null ? {} : { endYear: MoreThanOrEqual(year - within) };
    const rows = await manager.find(ResearchProject, {
      select: { id: true, intellectualId: true, code: true, title: true, startYear: true, endYear: true },
      where: [
        { intellectualId: In(ids), ...recent },
        { intellectualId: In(ids), endYear: IsNull() },
      ],
    });
    return groupByPerson(rows, (p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
    }));
  }
}

function groupByPerson<R extends { intellectualId: string }, T>(
  rows: R[],
  map: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    groups.set(row.intellectualId, [...(groups.get(row.intellectualId) ?? []), map(row)]);
  return groups;
}

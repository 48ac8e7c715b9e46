import { ApiProperty } from '@nestjs/swagger';
import { EntityManager, In } from 'typeorm';
import { can } from '../../common/access/access';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { readTogether } from '../../platform/database/read-together';
import {
  DIRECTORY_STATUSES,
  Intellectual,
  IntellectualProperty,
  Publication,
  ResearchProject,
} from '../../intellectuals';
import type { HonorNomination } from './nomination.entity';

export const WORK_KINDS = ['publication', 'intellectual_property', 'research_project'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** One of the nominee's registry records a nomination links to: enough to name it. */
export class LinkedWorkView {
  @ApiProperty({ enum: WORK_KINDS, enumName: 'LinkedWorkKind' }) kind: WorkKind;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Publication year, grant year, or a project’s first year',
  })
  year: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A publication’s venue, an IP’s kind (patent…), a project’s level (national…)',
  })
  detail: string | null;
}

/** What a draft's nominator may link: the nominee's records they may see. */
export class LinkableWorksView {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({
    description:
      'The nominee’s works are visible to you: staff and the person always; an organization only when the nominee’s profile is public',
  })
  visible: boolean;
  @ApiProperty({ type: [LinkedWorkView], description: 'Empty when not visible; newest first' })
  items: LinkedWorkView[];
}

type Links = Pick<HonorNomination, 'publicationIds' | 'intellectualPropertyIds' | 'researchProjectIds'>;

const FIELD_OF: Record<WorkKind, keyof Links> = {
  publication: 'publicationIds',
  intellectual_property: 'intellectualPropertyIds',
  research_project: 'researchProjectIds',
};

/** The three kinds of records, read for one nominee or by ids, into the one view. */
async function readWorks(
  manager: EntityManager,
  where: { intellectualId: string } | { ids: Record<WorkKind, string[]> },
): Promise<LinkedWorkView[]> {
  const read = <T extends { id: string }>(entity: new () => T, kind: WorkKind): Promise<T[]> => {
    if ('intellectualId' in where) {
      return manager.find(entity, { where: { intellectualId: where.intellectualId } as never });
    }
    const ids = where.ids[kind];
    return ids.length ? manager.find(entity, { where: { id: In(ids) } as never }) : Promise.resolve([]);
  };
  const [publications, properties, projects] = await readTogether(manager, [
    () => read(Publication, 'publication'),
    () => read(IntellectualProperty, 'intellectual_property'),
    () => read(ResearchProject, 'research_project'),
  ]);
  return [
    ...publications.map((p) => ({
      kind: 'publication' as const,
      id: p.id,
      title: p.title,
      year: p.year,
      detail: p.venue,
    })),
    ...properties.map((p) => ({
      kind: 'intellectual_property' as const,
      id: p.id,
      title: p.title,
      year: p.year,
      detail: p.kind,
    })),
    ...projects.map((p) => ({
      kind: 'research_project' as const,
      id: p.id,
      title: p.title,
      year: p.startYear,
      detail: p.level,
    })),
  ];
}

/**
 * The works each nomination links, in the order its lists name them (three queries for any number of
 * nominations). A link to a record deleted since is left out.
 */
export async function linkedWorksOf(
  manager: EntityManager,
  nominations: readonly (Links & { id: string })[],
): Promise<Map<string, LinkedWorkView[]>> {
  const ids: Record<WorkKind, string[]> = {
    publication: [...new Set(nominations.flatMap((n) => n.publicationIds))],
    intellectual_property: [...new Set(nominations.flatMap((n) => n.intellectualPropertyIds))],
    research_project: [...new Set(nominations.flatMap((n) => n.researchProjectIds))],
  };
  const found = await readWorks(manager, { ids });
  const byKey = new Map(found.map((work) => [`${work.kind}:${work.id}`, work]));
  return new Map(
    nominations.map((n) => [
      n.id,
      WORK_KINDS.flatMap((kind) =>
        n[FIELD_OF[kind]].flatMap((id) => {
          const work = byKey.get(`${kind}:${id}`);
          return work ? [work] : [];
        }),
      ),
    ]),
  );
}

/**
 * Whether the caller sees the nominee's works (DESIGN.md section 4: publications, IP and projects
 * are public attributes): staff who read any profile and the person always; anyone else (an
 * organization's account) only while the nominee is listed in the public directory.
 */
export function seesWorksOf(principal: Principal, nominee: Intellectual): boolean {
  if (principal.intellectualId === nominee.id || can(principal, Permission.ProfilesReadAny)) return true;
  return nominee.publicProfile && (DIRECTORY_STATUSES as readonly string[]).includes(nominee.status);
}

/** The nominee's works the caller may link, newest first. */
export async function linkableWorks(
  manager: EntityManager,
  principal: Principal,
  nominee: Intellectual,
): Promise<{ visible: boolean; items: LinkedWorkView[] }> {
  if (!seesWorksOf(principal, nominee)) return { visible: false, items: [] };
  const items = await readWorks(manager, { intellectualId: nominee.id });
  items.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'vi'));
  return { visible: true, items };
}

/**
 * Refuses links the caller added to records they may not see (an organization linking a private
 * profile's works by id): the same 400 as a record that is not the nominee's, so ids cannot be probed.
 */
export function refuseUnseenLinks(
  principal: Principal,
  nominee: Intellectual,
  before: Links,
  after: Links,
): void {
  if (seesWorksOf(principal, nominee)) return;
  const problems: FieldProblem[] = [];
  for (const field of Object.values(FIELD_OF)) {
    const had = new Set(before[field]);
    after[field].forEach((id, index) => {
      if (!had.has(id)) {
        problems.push({
          field: `${field}[${index}]`,
          message: `${id} is not one of the nominee’s records in the registry`,
          messageVi: `${id} không phải hồ sơ của người được đề cử trong cơ sở dữ liệu`,
        });
      }
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { en: problems[0].message, vi: problems[0].messageVi },
      problems,
    );
  }
}

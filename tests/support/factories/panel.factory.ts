import { DataSource } from 'typeorm';
import { Organization } from '../../../src/catalog/organization.entity';
import { Employment } from '../../../src/intellectuals/entities/employment.entity';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { Publication } from '../../../src/intellectuals/entities/publication.entity';
import { Relation, RelationKind } from '../../../src/intellectuals/entities/relation.entity';
import { ResearchProject } from '../../../src/intellectuals/entities/research-project.entity';

/** A profile with the parts the conflict rules read, inserted directly (panel tests do not test the profile API). */
export interface ExpertSpec extends Partial<Intellectual> {
  jobs?: Array<{ organizationId: string; fromYear?: number; toYear: number | null }>;
  works?: Array<{ title: string; year: number; doi?: string }>;
  projects?: Array<{ code?: string; title: string; endYear: number | null }>;
}

let sequence = 0;

export async function createExpert(dataSource: DataSource, spec: ExpertSpec = {}): Promise<Intellectual> {
  const { jobs = [], works = [], projects = [], ...fields } = spec;
  sequence += 1;
  return dataSource.transaction(async (manager) => {
    const person = await manager.save(
      manager.create(Intellectual, { fullName: `Chuyên gia Thử ${sequence}`, ...fields }),
    );
    const part = { intellectualId: person.id, source: 'association' as const };
    await manager.insert(
      Employment,
      jobs.map((job) => ({ ...part, fromYear: job.fromYear ?? 2000, ...job })),
    );
    await manager.insert(
      Publication,
      works.map((work) => ({ ...part, indexClass: 'other' as const, doi: null, ...work })),
    );
    await manager.insert(
      ResearchProject,
      projects.map((project) => ({
        ...part,
        level: 'provincial' as const,
        startYear: 2015,
        code: null,
        ...project,
      })),
    );
    return person;
  });
}

export async function declareRelation(
  dataSource: DataSource,
  from: string,
  to: string,
  kind: RelationKind,
  toYear: number | null = null,
): Promise<void> {
  await dataSource.manager.insert(Relation, {
    intellectualId: from,
    relatedIntellectualId: to,
    kind,
    fromYear: 2000,
    toYear,
    source: 'self_declared',
  });
}

/** Two catalog organizations (the seeded catalog has many). */
export async function someOrganizations(dataSource: DataSource, count: number): Promise<Organization[]> {
  return dataSource.manager.find(Organization, { order: { nameVi: 'ASC' }, take: count });
}

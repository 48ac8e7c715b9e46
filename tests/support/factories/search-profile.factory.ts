import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Organization } from '../../../src/catalog/organization.entity';
import { Award } from '../../../src/intellectuals/entities/award.entity';
import { DegreeLevel, Education } from '../../../src/intellectuals/entities/education.entity';
import { IntellectualProperty } from '../../../src/intellectuals/entities/intellectual-property.entity';
import {
  Intellectual,
  INTELLECTUAL_AGGREGATE,
} from '../../../src/intellectuals/entities/intellectual.entity';
import { IndexClass, Publication } from '../../../src/intellectuals/entities/publication.entity';
import { ResearchProject } from '../../../src/intellectuals/entities/research-project.entity';
import { enqueueOutbox } from '../../../src/platform/outbox/outbox';

type Scalars = Omit<
  Partial<Intellectual>,
  | 'educations'
  | 'employments'
  | 'publications'
  | 'intellectualProperties'
  | 'researchProjects'
  | 'awards'
  | 'supervisions'
  | 'memberships'
  | 'relations'
>;

export interface ProfileSpec extends Scalars {
  /** Short name of a seeded organization (NTU, IO, RIA3…): sets organizationId and sector. */
  organization?: string;
  degrees?: DegreeLevel[];
  publicationTitles?: Array<string | { title: string; indexClass: IndexClass }>;
  ipTitles?: string[];
  awardNames?: string[];
  projectTitles?: string[];
}

/**
 * Writes a profile the way the profile service does: rows and their outbox event in one transaction.
 * Inserts entities directly, so search tests do not depend on the profile API.
 */
export async function createProfile(dataSource: DataSource, spec: ProfileSpec): Promise<Intellectual> {
  const {
    organization,
    degrees = [],
    publicationTitles = [],
    ipTitles = [],
    awardNames = [],
    projectTitles = [],
    ...fields
  } = spec;
  return dataSource.transaction(async (manager) => {
    const org = organization
      ? await manager.findOneByOrFail(Organization, { shortName: organization })
      : null;
    const person = await manager.save(
      manager.create(Intellectual, {
        fullName: 'Nguyễn Thị Mẫu',
        publicProfile: true,
        organizationId: org?.id ?? null,
        sector: org?.sector ?? null,
        ...fields,
      }),
    );
    const part = { intellectualId: person.id, source: 'hr_import' as const };
    await manager.insert(
      Education,
      degrees.map((level) => ({ ...part, level, institution: 'Trường Đại học Nha Trang' })),
    );
    await manager.insert(
      Publication,
      publicationTitles.map((item) => ({
        ...part,
        year: 2024,
        ...(typeof item === 'string' ? { title: item, indexClass: 'domestic_scored' as const } : item),
      })),
    );
    await manager.insert(
      IntellectualProperty,
      ipTitles.map((title) => ({ ...part, title, kind: 'utility_solution' as const })),
    );
    await manager.insert(
      Award,
      awardNames.map((name) => ({ ...part, name })),
    );
    await manager.insert(
      ResearchProject,
      projectTitles.map((title) => ({ ...part, title, level: 'provincial' as const })),
    );
    await enqueueOutbox(manager, INTELLECTUAL_AGGREGATE, [person.id]);
    return person;
  });
}

export async function updateProfile(dataSource: DataSource, id: string, changes: Scalars): Promise<void> {
  await dataSource.transaction(async (manager: EntityManager) => {
    await manager.update(Intellectual, id, changes);
    await enqueueOutbox(manager, INTELLECTUAL_AGGREGATE, [id]);
  });
}

export async function softDeleteProfile(dataSource: DataSource, id: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.softDelete(Intellectual, id);
    await enqueueOutbox(manager, INTELLECTUAL_AGGREGATE, [id]);
  });
}

/** A national ID that is unique per call (the column has a unique index). */
export function fakeNationalId(): string {
  return `0${BigInt(`0x${randomBytes(5).toString('hex')}`)
    .toString()
    .padStart(11, '7')
    .slice(0, 11)}`;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Education, Intellectual } from '../../intellectuals';
import { ImportRow } from '../rows/import-row';

/** At most this many same-name people are offered to an officer as candidates for one row. */
const MAX_CANDIDATES = 20;

/** The stored profiles a batch of rows may be about, with their degrees. */
export class KnownProfiles {
  constructor(
    private readonly byNationalId: Map<string, Intellectual>,
    /** For each row of the batch, by position: see ProfileMatcher.lookUp. */
    private readonly sameName: Intellectual[][],
    private readonly educations: Map<string, Education[]>,
  ) {}

  withNationalId(nationalId: string): Intellectual | undefined {
    return this.byNationalId.get(nationalId);
  }

  /** The people row number `index` of the batch may be about although nothing proves it; oldest first. */
  sameNameAndBirth(index: number): Intellectual[] {
    return this.sameName[index] ?? [];
  }

  educationsOf(intellectualId: string): Education[] {
    return this.educations.get(intellectualId) ?? [];
  }
}

/** Finds the stored profiles imported rows may be about: four queries for a whole batch of rows. */
@Injectable()
export class ProfileMatcher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For each row: the person with its national ID, or else people with the same name (ignoring case
   * and diacritics) whose birth date and organization do not contradict the row's, and who cannot be
   * told apart by national ID.
   */
  async lookUp(rows: ImportRow[]): Promise<KnownProfiles> {
    const manager = this.dataSource.manager;
    const nationalIds = [...new Set(rows.flatMap((row) => row.nationalId ?? []))];
    // One index lookup per row (intellectual_folded_name_idx); a plain join would fold every stored
    // name to hash them.
    const nameMatches: Array<{ index: string; id: string }> = await manager.query(
      `SELECT input.index, person.id
         FROM unnest($1::text[], $2::date[], $3::uuid[], $4::boolean[])
              WITH ORDINALITY AS input(name, birth_date, organization_id, has_national_id, index)
        CROSS JOIN LATERAL (
          SELECT id FROM intellectual
           WHERE f_unaccent(lower(full_name)) = f_unaccent(lower(input.name)) AND deleted_at IS NULL
             AND (input.birth_date IS NULL OR birth_date IS NULL OR birth_date = input.birth_date)
             AND (input.organization_id IS NULL OR organization_id IS NULL
                  OR organization_id = input.organization_id)
             AND NOT (input.has_national_id AND national_id IS NOT NULL)
           ORDER BY created_at, id
           LIMIT ${MAX_CANDIDATES}
        ) AS person`,
      [
        rows.map((row) => row.fullName),
        rows.map((row) => row.birthDate),
        rows.map((row) => row.organizationId),
        rows.map((row) => row.nationalId !== null),
      ],
    );
    const where = [
      ...(nationalIds.length ? [{ nationalId: In(nationalIds) }] : []),
      ...(nameMatches.length ? [{ id: In([...new Set(nameMatches.map((match) => match.id))]) }] : []),
    ];
    if (where.length === 0) return new KnownProfiles(new Map(), [], new Map());
    const people = await manager.find(Intellectual, { where });
    const byId = new Map(people.map((person) => [person.id, person]));
    const sameName: Intellectual[][] = rows.map(() => []);
    // rows come back in ordinality order and, within a row, oldest first
    for (const { index, id } of nameMatches) sameName[Number(index) - 1].push(byId.get(id)!);
    const educations = await manager.findBy(Education, { intellectualId: In([...byId.keys()]) });
    return new KnownProfiles(
      new Map(people.flatMap((person) => (person.nationalId ? [[person.nationalId, person]] : []))),
      sameName,
      groupBy(educations, (education) => education.intellectualId),
    );
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogEntry, Organization } from '../../catalog';
import { LIST_NAMES, ListName } from './import-columns';
import { ListEntry, ReferenceLookups } from './reference-lookups';

export type ReferenceLists = Record<ListName, ListEntry[]>;

/** Reads the catalogs and organizations that list columns draw from, for templates and imports. */
@Injectable()
export class ReferenceListsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lists(): Promise<ReferenceLists> {
    const catalogs = LIST_NAMES.filter((name) => name !== 'organizations');
    const entries = await this.dataSource.getRepository(CatalogEntry).find({
      where: catalogs.map((catalog) => ({ catalog })),
      order: { catalog: 'ASC', sortOrder: 'ASC', code: 'ASC' },
    });
    const organizations = await this.dataSource
      .getRepository(Organization)
      .find({ order: { nameVi: 'ASC' } });
    const lists = Object.fromEntries(LIST_NAMES.map((name) => [name, [] as ListEntry[]])) as ReferenceLists;
    for (const entry of entries) {
      const { abbreviation, shortName, formerUnits } = entry.attributes;
      lists[entry.catalog as ListName].push({
        code: entry.code,
        nameVi: entry.nameVi,
        nameEn: entry.nameEn,
        aliases: typeof abbreviation === 'string' ? [abbreviation] : [],
        ...(typeof shortName === 'string' ? { shortName } : {}),
        ...(Array.isArray(formerUnits) ? { formerUnits: formerUnits as string[] } : {}),
      });
    }
    lists.organizations = organizations.map((org) => ({
      code: org.id,
      nameVi: org.nameVi,
      nameEn: org.nameEn,
      aliases: org.shortName ? [org.shortName] : [],
    }));
    return lists;
  }

  async lookups(): Promise<ReferenceLookups> {
    return new ReferenceLookups(await this.lists());
  }
}

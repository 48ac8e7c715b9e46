import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CatalogEntry, type CatalogName } from '../../catalog';
import { CatalogLookup } from './catalog-lookup';

/** The catalogs whose names search documents hold and facets show. */
const CATALOGS: CatalogName[] = [
  'fields',
  'degree-levels',
  'academic-titles',
  'honorary-titles',
  'communes',
  'countries',
];

/** Reference catalogs change only by migration, so one read per process serves the indexer and facets. */
@Injectable()
export class CatalogNames {
  private lookup?: Promise<CatalogLookup>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(): Promise<CatalogLookup> {
    this.lookup ??= this.dataSource
      .getRepository(CatalogEntry)
      .find({ where: { catalog: In(CATALOGS) } })
      .then((entries) => new CatalogLookup(entries));
    this.lookup.catch(() => (this.lookup = undefined));
    return this.lookup;
  }
}

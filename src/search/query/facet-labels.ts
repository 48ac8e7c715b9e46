import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { CatalogName } from '../../catalog';
import { Organization, SECTOR_NAMES } from '../../catalog';
import { GENDER_NAMES, STATUS_NAMES, AGE_BANDS, ageBandLabel, type AgeBand } from '../../intellectuals';
import { CatalogNames } from '../document/catalog-names';
import type { FilterName } from './search-filters';
import type { FacetValue } from './search.dto';

const AGE_BAND_NAMES = Object.fromEntries(AGE_BANDS.map((band) => [band, ageBandLabel(band)]));

/** Where the Vietnamese name of each facet's values comes from; every filter has one. */
const LABELS: Record<
  FilterName,
  { catalog: CatalogName } | { names: Readonly<Record<string, string>> } | 'organizations'
> = {
  fieldCode: { catalog: 'fields' },
  degreeLevel: { catalog: 'degree-levels' },
  academicTitle: { catalog: 'academic-titles' },
  communeCode: { catalog: 'communes' },
  countryCode: { catalog: 'countries' },
  organizationId: 'organizations',
  sector: { names: SECTOR_NAMES },
  gender: { names: GENDER_NAMES },
  ageBand: { names: AGE_BAND_NAMES },
  overseas: { names: { true: 'Ở nước ngoài', false: 'Trong nước' } },
  verified: { names: { true: 'Đã xác minh', false: 'Chưa xác minh' } },
  status: { names: STATUS_NAMES },
};

/**
 * Turns facet counts into `{ value, label, count }` items: catalog names from the per-process catalog
 * read, organizations (editable, so never cached) in one query per search. A value without a name
 * (an organization deleted since it was indexed) is its own label.
 */
@Injectable()
export class FacetLabels {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogNames: CatalogNames,
  ) {}

  async label(
    counts: Partial<Record<FilterName, Record<string, number>>>,
  ): Promise<Partial<Record<FilterName, FacetValue[]>>> {
    const names = Object.keys(counts) as FilterName[];
    const catalogs = names.some((name) => typeof LABELS[name] === 'object' && 'catalog' in LABELS[name])
      ? await this.catalogNames.get()
      : undefined;
    const organizations = counts.organizationId
      ? await this.organizationNames(Object.keys(counts.organizationId))
      : undefined;
    const facets: Partial<Record<FilterName, FacetValue[]>> = {};
    for (const name of names) {
      const source = LABELS[name];
      const labelOf = (value: string): string | undefined =>
        source === 'organizations'
          ? organizations?.get(value)
          : 'catalog' in source
            ? catalogs?.name(source.catalog, value)?.vi
            : source.names[value];
      const items = Object.entries(counts[name] ?? {}).map(([value, count]) => ({
        value,
        label: labelOf(value) ?? value,
        count,
      }));
      facets[name] = name === 'ageBand' ? inBandOrder(items) : byCount(items);
    }
    return facets;
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.getRepository(Organization).find({
      select: { id: true, nameVi: true },
      where: { id: In(ids) },
    });
    return new Map(rows.map((row) => [row.id, row.nameVi]));
  }
}

/** Most frequent first; equal counts in Vietnamese alphabetical order of their labels. */
function byCount(items: FacetValue[]): FacetValue[] {
  return items.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

function inBandOrder(items: FacetValue[]): FacetValue[] {
  return items.sort((a, b) => AGE_BANDS.indexOf(a.value as AgeBand) - AGE_BANDS.indexOf(b.value as AgeBand));
}

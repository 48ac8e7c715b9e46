import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CatalogEntry } from '../../catalog';
import { INDEX_SYNONYM_GROUPS } from '../../search';
import { TermAnalyzer } from './text/term-analyzer';

/** The province and country as a whole, besides the communes: where, not what, a proposal is about. */
const REGION_NAMES = ['Khánh Hòa', 'Khánh Hoà', 'Ninh Thuận', 'Việt Nam', 'Vietnam'];
const UNIT_PREFIX = /^(Phường|Xã|Đặc khu|Thị trấn)\s+/u;

export interface FieldEntry {
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string | null;
}

/** What the matcher reads from the reference catalogs: field names and parents, place names. */
export class MatchingVocabulary {
  private readonly fields: Map<string, FieldEntry>;
  private readonly names: Map<string, FieldEntry>;

  constructor(
    readonly analyzer: TermAnalyzer,
    entries: CatalogEntry[],
  ) {
    this.fields = new Map(entries.filter((e) => e.catalog === 'fields').map((e) => [e.code, e]));
    this.names = new Map(entries.map((e) => [`${e.catalog}:${e.code}`, e]));
  }

  /** An academic title's or degree level's names. */
  name(catalog: 'academic-titles' | 'degree-levels', code: string): { vi: string; en: string } {
    const entry = this.names.get(`${catalog}:${code}`);
    return { vi: entry?.nameVi ?? code, en: entry?.nameEn ?? entry?.nameVi ?? code };
  }

  field(code: string): FieldEntry | undefined {
    return this.fields.get(code);
  }

  /** Both names of a field, for finding proposal terms in them. */
  fieldNames(code: string): string[] {
    const field = this.fields.get(code);
    return field ? [field.nameVi, ...(field.nameEn ? [field.nameEn] : [])] : [];
  }

  parentOf(code: string): string | null {
    return this.fields.get(code)?.parentCode ?? null;
  }
}

/** Catalogs change only by migration: one read per process. */
@Injectable()
export class MatchingCatalog {
  private vocabulary?: Promise<MatchingVocabulary>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(): Promise<MatchingVocabulary> {
    this.vocabulary ??= this.load();
    this.vocabulary.catch(() => (this.vocabulary = undefined));
    return this.vocabulary;
  }

  private async load(): Promise<MatchingVocabulary> {
    const entries = await this.dataSource
      .getRepository(CatalogEntry)
      .find({ where: { catalog: In([...MATCHING_CATALOGS]) } });
    return matchingVocabularyOf(entries);
  }
}

/** The catalogs the matcher reads. */
export const MATCHING_CATALOGS = ['fields', 'communes', 'academic-titles', 'degree-levels'] as const;

/** The vocabulary of these catalog entries (also what the benchmarks build, outside the app). */
export function matchingVocabularyOf(entries: CatalogEntry[]): MatchingVocabulary {
  const communes = entries
    .filter((entry) => entry.catalog === 'communes')
    .map((entry) => entry.nameVi.replace(UNIT_PREFIX, ''));
  const analyzer = new TermAnalyzer({
    synonymGroups: INDEX_SYNONYM_GROUPS,
    placeNames: [...REGION_NAMES, ...communes],
  });
  return new MatchingVocabulary(analyzer, entries);
}

import type { CatalogEntry, CatalogName } from '../../catalog/catalog-entry.entity';

export interface LocalizedName {
  vi: string;
  en: string | null;
}

/** The catalog facts a search document needs: names, field ancestors and degree ranks. */
export class CatalogLookup {
  private readonly entries = new Map<string, CatalogEntry>();

  constructor(entries: Iterable<CatalogEntry>) {
    for (const entry of entries) this.entries.set(key(entry.catalog, entry.code), entry);
  }

  name(catalog: CatalogName, code: string | null | undefined): LocalizedName | undefined {
    const entry = code ? this.entries.get(key(catalog, code)) : undefined;
    return entry && { vi: entry.nameVi, en: entry.nameEn };
  }

  /** The code and every ancestor code of a field, so a filter on a level-1 field matches its sub-fields. */
  fieldWithAncestors(code: string): string[] {
    const codes: string[] = [];
    let current: string | null = code;
    while (current && !codes.includes(current)) {
      codes.push(current);
      current = this.entries.get(key('fields', current))?.parentCode ?? null;
    }
    return codes;
  }

  /** Rank of a degree level (catalog attribute `rank`); 0 when unknown. */
  degreeRank(code: string): number {
    const rank = this.entries.get(key('degree-levels', code))?.attributes.rank;
    return typeof rank === 'number' ? rank : 0;
  }
}

function key(catalog: string, code: string): string {
  return `${catalog}\u0000${code}`;
}

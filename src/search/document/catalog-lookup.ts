import type { CatalogEntry, CatalogName } from '../../catalog';

export interface LocalizedName {
  vi: string;
  en: string | null;
}

/** The catalog names a search document holds (derived facts come from the profile summary). */
export class CatalogLookup {
  private readonly entries = new Map<string, CatalogEntry>();

  constructor(entries: Iterable<CatalogEntry>) {
    for (const entry of entries) this.entries.set(key(entry.catalog, entry.code), entry);
  }

  name(catalog: CatalogName, code: string | null | undefined): LocalizedName | undefined {
    const entry = code ? this.entries.get(key(catalog, code)) : undefined;
    return entry && { vi: entry.nameVi, en: entry.nameEn };
  }
}

function key(catalog: string, code: string): string {
  return `${catalog}\u0000${code}`;
}

import { foldVietnamese } from '../../common/text/normalize';
import { CommuneMatch, CommuneNames } from './commune-names';
import { ListName } from './import-columns';

export interface ListEntry {
  code: string;
  nameVi: string;
  nameEn?: string | null;
  /** Also accepted when typed (short names, abbreviations). */
  aliases?: string[];
  /** Communes: the name without the unit type, and the units merged into it on 1 July 2025. */
  shortName?: string;
  formerUnits?: string[];
}

/** How an entry appears in the template's drop-down list (fields carry their code: names repeat). */
export function listLabel(list: ListName, entry: ListEntry): string {
  return list === 'fields' ? `${entry.code} - ${entry.nameVi}` : entry.nameVi;
}

/**
 * Resolves what a person typed or picked in a list column to a catalog code or organization id:
 * the code itself, the drop-down label, the Vietnamese or English name, or an alias, ignoring case
 * and diacritics.
 */
export class ReferenceLookups {
  private readonly maps = new Map<ListName, Map<string, ListEntry>>();
  private readonly communes: CommuneNames;

  constructor(lists: Record<ListName, ListEntry[]>) {
    this.communes = new CommuneNames(lists.communes);
    for (const [list, entries] of Object.entries(lists) as Array<[ListName, ListEntry[]]>) {
      const map = new Map<string, ListEntry>();
      for (const entry of entries) {
        const keys = [
          entry.code,
          entry.nameVi,
          entry.nameEn,
          listLabel(list, entry),
          ...(entry.aliases ?? []),
        ];
        for (const key of keys) if (key && !map.has(foldVietnamese(key))) map.set(foldVietnamese(key), entry);
      }
      this.maps.set(list, map);
    }
  }

  find(list: ListName, value: string): ListEntry | undefined {
    return this.maps.get(list)?.get(foldVietnamese(value));
  }

  /** A commune by today's name or code, its name without unit type, or a unit it replaced. */
  commune(value: string): CommuneMatch | undefined {
    return this.communes.match(value);
  }
}

import { foldVietnamese } from '../../common/text/normalize';

/** A commune of today's catalog with the names people still write for it. */
export interface CommuneEntry {
  code: string;
  nameVi: string;
  /** The name without its unit type ("Nha Trang" for "Phường Nha Trang"). */
  shortName?: string;
  /** The units it replaced on 1 July 2025, as the catalog lists them ("(parts of) A, B" included). */
  formerUnits?: string[];
}

/** How a commune cell was read. */
export type CommuneMatch =
  | { kind: 'current'; code: string }
  | { kind: 'short_name' | 'former_unit'; code: string; nameVi: string }
  | { kind: 'split'; nameVi: string[] };

const UNIT_TYPE = /^(phuong|xa|thi tran|dac khu)\s+/;
const PART_OF = /^\(parts? of\)\s*/i;

/**
 * Reads the commune names people write: today's names and codes; a name without its unit type
 * ("Nha Trang"); and the names of the units merged on 1 July 2025 ("Phường Vĩnh Hòa"), with or
 * without their type. A former unit whose area went to several of today's communes (the catalog's
 * "(parts of)" rows) cannot be placed and is reported with the communes it went to.
 */
export class CommuneNames {
  private readonly current = new Map<string, CommuneEntry>();
  private readonly short = new Map<string, CommuneEntry[]>();
  private readonly former = new Map<string, Set<CommuneEntry>>();

  constructor(entries: CommuneEntry[]) {
    for (const entry of entries) {
      for (const key of [entry.code, entry.nameVi]) this.current.set(foldVietnamese(key), entry);
      const short = foldVietnamese(entry.shortName ?? bare(entry.nameVi));
      this.short.set(short, [...(this.short.get(short) ?? []), entry]);
      for (const name of (entry.formerUnits ?? []).flatMap(formerNames)) {
        for (const key of new Set([name, bare(name)])) {
          this.former.set(key, (this.former.get(key) ?? new Set()).add(entry));
        }
      }
    }
  }

  match(value: string): CommuneMatch | undefined {
    const key = foldVietnamese(value);
    const current = this.current.get(key);
    if (current) return { kind: 'current', code: current.code };
    const short = this.short.get(key) ?? [];
    if (short.length === 1) return { kind: 'short_name', code: short[0].code, nameVi: short[0].nameVi };
    const former = [...(this.former.get(key) ?? this.former.get(bare(key)) ?? [])];
    if (former.length === 1) return { kind: 'former_unit', code: former[0].code, nameVi: former[0].nameVi };
    if (former.length > 1 || short.length > 1) {
      return { kind: 'split', nameVi: [...new Set([...short, ...former])].map((entry) => entry.nameVi) };
    }
    return undefined;
  }
}

/** The folded names one catalog "former units" item stands for. */
function formerNames(item: string): string[] {
  const names = PART_OF.test(item) ? item.replace(PART_OF, '').split(',') : [item];
  return names.map((name) => foldVietnamese(name)).filter(Boolean);
}

function bare(name: string): string {
  return foldVietnamese(name).replace(UNIT_TYPE, '');
}

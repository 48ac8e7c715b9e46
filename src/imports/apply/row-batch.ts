import { foldVietnamese } from '../../common/text/normalize';
import type { ImportRow } from '../rows/import-row';
import type { PreparedRow } from './row-applier.service';

/** Rows applied together; more per batch saves round trips, fewer keeps progress reports fresh. */
export const BATCH_ROWS = 500;

/**
 * Prepared rows waiting to be applied together. A row that the matcher could pair with a row already
 * waiting (same national ID; or same name ignoring case and diacritics, birth dates that do not
 * differ, and one of them without national ID) must see that row's write first, as it would one
 * row at a time; so it does not fit, and the batch is applied before it.
 */
export class RowBatch<T extends PreparedRow = PreparedRow> {
  readonly rows: Array<{ number: number; prepared: T }> = [];
  private readonly nationalIds = new Set<string>();
  private readonly byName = new Map<string, ImportRow[]>();

  fits({ row }: PreparedRow): boolean {
    if (this.rows.length >= BATCH_ROWS) return false;
    if (row.nationalId && this.nationalIds.has(row.nationalId)) return false;
    return !(this.byName.get(foldVietnamese(row.fullName)) ?? []).some((waiting) => mayMatch(row, waiting));
  }

  add(number: number, prepared: T): void {
    const { row } = prepared;
    this.rows.push({ number, prepared });
    if (row.nationalId) this.nationalIds.add(row.nationalId);
    const name = foldVietnamese(row.fullName);
    this.byName.set(name, [...(this.byName.get(name) ?? []), row]);
  }

  /** The waiting rows, leaving the batch empty. */
  take(): Array<{ number: number; prepared: T }> {
    this.nationalIds.clear();
    this.byName.clear();
    return this.rows.splice(0);
  }
}

/** Whether ProfileMatcher.sameNameAndBirth could pair two rows with the same folded name. */
function mayMatch(row: ImportRow, waiting: ImportRow): boolean {
  const birthAgrees =
    row.birthDate === null || waiting.birthDate === null || row.birthDate === waiting.birthDate;
  return birthAgrees && (row.nationalId === null || waiting.nationalId === null);
}

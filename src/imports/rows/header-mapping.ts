import { DomainError } from '../../common/errors/domain-error';
import { ColumnKey, ERRORS_COLUMN, headerKey, IMPORT_COLUMNS } from './import-columns';

/** Where each template column sits in the uploaded sheet. */
export type ColumnPositions = Map<ColumnKey, number>;

/**
 * Finds every template column in the header row (any order). Missing, unknown or repeated headers
 * are one error that lists the headers the template expects. The error column of errors.xlsx is
 * ignored, so a corrected error report is uploaded as it is.
 */
export function mapHeaders(headerCells: string[]): ColumnPositions {
  const byKey = new Map(IMPORT_COLUMNS.map((column) => [headerKey(column.header), column.key]));
  const positions: ColumnPositions = new Map();
  const unknown: string[] = [];
  headerCells.forEach((cell, index) => {
    if (!cell.trim() || headerKey(cell) === headerKey(ERRORS_COLUMN)) return;
    const key = byKey.get(headerKey(cell));
    if (key && !positions.has(key)) positions.set(key, index);
    else unknown.push(cell.trim());
  });
  const missing = IMPORT_COLUMNS.filter((column) => !positions.has(column.key)).map((c) => c.header);
  if (missing.length === 0 && unknown.length === 0) return positions;
  const expected = IMPORT_COLUMNS.map((column) => column.header).join(', ');
  const en = [
    missing.length ? `missing: ${missing.join(', ')}` : '',
    unknown.length ? `not recognised: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  const vi = [
    missing.length ? `thiếu: ${missing.join(', ')}` : '',
    unknown.length ? `không nhận ra: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  const message = `The header row does not match the template (${en.join('; ')}). Expected headers: ${expected}`;
  const messageVi = `Dòng tiêu đề không khớp với mẫu (${vi.join('; ')}). Các cột cần có: ${expected}`;
  return fail(message, messageVi);
}

function fail(message: string, messageVi: string): never {
  throw new DomainError('UNPROCESSABLE', { en: message, vi: messageVi }, [
    { field: 'headers', message, messageVi },
  ]);
}

/** The cells of one data row, keyed by column. */
export function cellsOf(values: string[], positions: ColumnPositions): Record<ColumnKey, string> {
  return Object.fromEntries(
    IMPORT_COLUMNS.map((column) => [column.key, (values[positions.get(column.key)!] ?? '').trim()]),
  ) as Record<ColumnKey, string>;
}

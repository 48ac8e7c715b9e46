import type { CellValue } from 'exceljs';

/**
 * The text of a cell as the person saw it. Formulas are never evaluated: only the value Excel cached
 * when it saved the file is read. Dates become ISO yyyy-mm-dd.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return cellText(value.text);
  return '';
}

/** A formula cell saved without its value (written by a program that does not compute formulas). */
export function isFormulaWithoutValue(value: CellValue): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  if (!('formula' in value) && !('sharedFormula' in value)) return false;
  return value.result === undefined || value.result === null;
}

/** The spreadsheet address of a cell, "E7" for the 5th column of row 7. */
export function cellAddress(columnIndex: number, row: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

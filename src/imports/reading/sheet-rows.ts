import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DomainError } from '../../common/errors/domain-error';
import { IMPORT_LIMITS, ImportLimits } from '../intake/import-limits';
import type { SpreadsheetKind } from '../intake/file-intake';
import { unreadableFile } from '../intake/unreadable-file';
import { tooManyRows } from '../intake/zip-inspection';
import { cellText, isFormulaWithoutValue } from './cell-text';

/** Names of the template's helper sheets; the data is on the first other visible sheet. */
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';
export const DATA_SHEET = 'Danh sách';

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it; the header is row 1. */
  number: number;
  values: string[];
  /** Positions (0-based) of formula cells saved without a value, read as empty. */
  formulasWithoutValue?: number[];
}

/**
 * The rows of an inspected upload, streamed (the header row first), never more than the row limit.
 * Blank rows are skipped.
 */
export async function* sheetRows(
  content: Buffer,
  kind: SpreadsheetKind,
  limits: ImportLimits = IMPORT_LIMITS,
): AsyncGenerator<SheetRow> {
  const rows = kind === 'xlsx' ? xlsxRows(content) : csvRows(content);
  for await (const row of rows) {
    if (row.number > limits.maxRows + 1) throw tooManyRows(limits.maxRows);
    if (row.values.some((value) => value.trim() !== '')) yield row;
  }
}

/** An upload's rows (the header row first), held compactly: one JSON string per row. */
export class ReadRows implements Iterable<SheetRow> {
  private readonly numbers: number[] = [];
  private readonly values: string[] = [];
  /** By position in `numbers`; rare, so kept apart. */
  private readonly formulas = new Map<number, number[]>();

  add(row: SheetRow): void {
    if (row.formulasWithoutValue?.length) this.formulas.set(this.numbers.length, row.formulasWithoutValue);
    this.numbers.push(row.number);
    this.values.push(JSON.stringify(row.values));
  }

  /** Rows after the header. */
  get dataRows(): number {
    return Math.max(this.numbers.length - 1, 0);
  }

  *[Symbol.iterator](): Iterator<SheetRow> {
    for (const [index, number] of this.numbers.entries()) {
      const values = JSON.parse(this.values[index]) as string[];
      const formulas = this.formulas.get(index);
      yield formulas ? { number, values, formulasWithoutValue: formulas } : { number, values };
    }
  }
}

/**
 * Reads every row of an upload before any is applied. The reader must never wait for its consumer:
 * exceljs's stream reader (unzipper underneath) can skip a zip entry whose consumer is slow
 * (exceljs#2790, node-unzipper#234), and imports under load then "completed" having read no rows.
 * 100,000 rows of 19 columns take about 60 MB this way.
 */
export async function readRows(content: Buffer, kind: SpreadsheetKind): Promise<ReadRows> {
  const rows = new ReadRows();
  for await (const row of sheetRows(content, kind)) rows.add(row);
  return rows;
}

/**
 * exceljs's stream reader now and then loses a zip entry of a sound workbook (seen: workbook.xml, about
 * 1 read in 150 of the same buffer; the unzipper bug above), failing before the first row. The content
 * is in memory and passed the zip inspection, so such a read is tried again; a failure after rows were
 * read, or three in a row, stands.
 */
async function* xlsxRows(content: Buffer): AsyncGenerator<SheetRow> {
  for (let attempt = 1; ; attempt += 1) {
    let started = false;
    try {
      for await (const row of xlsxRowsOnce(content)) {
        started = true;
        yield row;
      }
      return;
    } catch (error) {
      if (started || attempt === 3 || !isDamagedWorkbook(error)) throw error;
    }
  }
}

async function* xlsxRowsOnce(content: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      // The stream reader sets these from workbook.xml; its type declarations omit them.
      const { name, state } = sheet as unknown as { name?: string; state?: string };
      if (state === 'hidden' || state === 'veryHidden' || name === INSTRUCTIONS_SHEET) continue;
      for await (const row of sheet) {
        const cells = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (value) => value ?? null);
        const values = cells.map((value) => cellText(value));
        const formulas = cells.flatMap((value, index) => (isFormulaWithoutValue(value) ? [index] : []));
        yield formulas.length
          ? { number: row.number, values, formulasWithoutValue: formulas }
          : { number: row.number, values };
      }
      return;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw damagedWorkbook();
  }
}

const DAMAGED = 'The workbook is damaged and cannot be read';

function damagedWorkbook(): DomainError {
  return unreadableFile(DAMAGED, 'Bảng tính bị hỏng, không đọc được');
}

function isDamagedWorkbook(error: unknown): boolean {
  return error instanceof DomainError && error.detail?.en === DAMAGED;
}

async function* csvRows(content: Buffer): AsyncGenerator<SheetRow> {
  const text = content.toString('utf8');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true }),
  );
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, values: record };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadableFile('The CSV file is malformed', 'Tệp CSV sai định dạng');
  } finally {
    parser.destroy();
  }
}

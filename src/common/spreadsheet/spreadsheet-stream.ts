import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './formula-guard';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/**
 * How a column is stored in .xlsx: `text` and `identifier` as text cells (number format `@`, so
 * national IDs keep their leading zeros and `+84…` phone numbers their plus, and nothing typed there
 * later turns into a formula), `number` as whole numbers, `decimal` as numbers shown with two
 * decimals, `date` (an ISO date) as date cells.
 */
export type CellKind = 'text' | 'identifier' | 'number' | 'decimal' | 'date';
export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  headers: string[];
  /** Per column; text when absent. */
  kinds?: CellKind[];
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
}

const XLSX_FORMATS: Record<CellKind, string> = {
  text: '@',
  identifier: '@',
  number: '0',
  decimal: '0.00',
  date: 'dd/mm/yyyy',
};

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Writes rows as they come (bounded memory whatever the row count) to an .xlsx (ExcelJS streaming
 * writer, typed cells) or an RFC 4180 CSV in UTF-8 with BOM whose cells pass the formula guard. CSV
 * holds the first sheet only. Errors while producing rows destroy the stream.
 */
export function streamSpreadsheet(format: SpreadsheetFormat, sheets: SheetSpec[]): Readable {
  const output = new PassThrough();
  const write = format === 'xlsx' ? writeXlsx(output, sheets) : writeCsv(output, sheets[0]);
  write.catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

async function writeXlsx(output: PassThrough, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: true,
  });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const kinds = spec.headers.map((_, at) => spec.kinds?.[at] ?? 'text');
    // a column's style applies to every cell added to it
    sheet.columns = spec.headers.map((header, at) => ({
      header,
      width: Math.max(12, header.length + 4),
      style: { numFmt: XLSX_FORMATS[kinds[at]] },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of spec.rows) {
      sheet.addRow(row.map((cell, at) => xlsxValue(cell, kinds[at]))).commit();
      await drained(output);
    }
    sheet.commit();
  }
  await workbook.commit();
}

async function writeCsv(output: PassThrough, spec: SheetSpec): Promise<void> {
  await send(output, `\uFEFF${csvLine(spec.headers)}`);
  for await (const row of spec.rows) {
    await send(output, csvLine(row.map((cell, at) => csvText(cell, spec.kinds?.[at] ?? 'text'))));
  }
  output.end();
}

function xlsxValue(cell: Cell, kind: CellKind): string | number | Date | null {
  if (cell === null || cell === '') return null;
  // midnight UTC: ExcelJS turns it into a whole serial day number
  if (kind === 'date') return new Date(`${cell}T00:00:00Z`);
  return cell;
}

function csvText(cell: Cell, kind: CellKind): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (kind === 'date') return `${cell.slice(8, 10)}/${cell.slice(5, 7)}/${cell.slice(0, 4)}`;
  return neutralizeFormula(cell);
}

function csvLine(cells: string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')}\r\n`;
}

async function send(output: PassThrough, text: string): Promise<void> {
  output.write(text);
  await drained(output);
}

/**
 * Backpressure: waits while the consumer's buffer is full. A consumer that went away (the client
 * disconnected) ends the export.
 */
async function drained(output: PassThrough): Promise<void> {
  if (output.destroyed) throw new Error('export stream closed');
  if (!output.writableNeedDrain) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
  if (output.destroyed) throw new Error('export stream closed');
}

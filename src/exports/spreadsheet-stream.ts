import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './formula-guard';

export type SpreadsheetFormat = 'xlsx' | 'csv';

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: AsyncIterable<string[]>;
}

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Writes rows as they come (bounded memory whatever the row count) to an .xlsx (ExcelJS streaming
 * writer) or a UTF-8 CSV with BOM, as Excel expects; every cell passes the formula guard. CSV holds
 * the first sheet only. Errors while producing rows destroy the stream.
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
    sheet.columns = spec.headers.map((header) => ({ header, width: Math.max(12, header.length + 4) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of spec.rows) {
      sheet.addRow(row.map(neutralizeFormula)).commit();
      await drained(output);
    }
    sheet.commit();
  }
  await workbook.commit();
}

async function writeCsv(output: PassThrough, spec: SheetSpec): Promise<void> {
  await send(output, `\uFEFF${csvLine(spec.headers)}`);
  for await (const row of spec.rows) await send(output, csvLine(row.map(neutralizeFormula)));
  output.end();
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

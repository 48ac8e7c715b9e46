import { Readable } from 'node:stream';
import { Cell, CellKind, streamSpreadsheet } from '../common/spreadsheet/spreadsheet-stream';
import { SMALL_CELL_THRESHOLD } from './suppression/small-cells';
import { StatCell, StatNote, StatTable } from './stat-table';

/** What a workbook says about its table besides the numbers: a title and the lines of its notes sheet. */
export interface TableDescription {
  title: string;
  details: string[];
  notes: StatNote[];
}

const WITHHELD: Record<NonNullable<StatCell['suppression']>, string> = {
  small: `<${SMALL_CELL_THRESHOLD}`,
  complementary: 'x',
};

/**
 * A statistics table as an .xlsx workbook: Vietnamese headers, counts as number cells, withheld
 * cells marked ("<5" small, "x" complementary), and a notes sheet saying what the table is and how
 * it was counted. Two-way tables get a total column; every table a total row.
 */
export function statTableXlsx(table: StatTable, description: TableDescription): Readable {
  const twoWay = table.columnDimension !== null;
  const headers = [
    table.rowDimension.label,
    ...(twoWay ? [...table.columns.map((column) => column.label), 'Tổng cộng'] : [table.columns[0].label]),
  ];
  const kinds: CellKind[] = headers.map((_, at) => (at === 0 ? 'text' : 'number'));
  const line = (label: string, cells: StatCell[], total: StatCell): Cell[] => [
    label,
    ...cells.map(cellValue),
    ...(twoWay ? [cellValue(total)] : []),
  ];
  const rows: Cell[][] = [
    ...table.rows.map((row, i) => line(row.label, table.cells[i], table.rowTotals[i])),
    line('Tổng cộng', twoWay ? table.columnTotals : [table.total], table.total),
  ];
  const notes = [description.title, ...description.details, ...description.notes.map((note) => note.vi)].map(
    (text): Cell[] => [text],
  );
  return streamSpreadsheet('xlsx', [
    { name: 'Số liệu', headers, kinds, rows },
    { name: 'Ghi chú', headers: ['Ghi chú'], rows: notes },
  ]);
}

function cellValue(cell: StatCell): Cell {
  return cell.suppression ? WITHHELD[cell.suppression] : cell.value;
}

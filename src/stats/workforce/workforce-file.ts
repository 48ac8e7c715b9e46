import { StreamableFile } from '@nestjs/common';
import { CONTENT_TYPES } from '../../common/spreadsheet/spreadsheet-stream';
import { statTableXlsx } from '../stat-table-xlsx';
import { DIMENSIONS, WORKFORCE_DIMENSIONS } from './workforce-dimensions';
import { WorkforceQuery, WorkforceTable } from './workforce.query';

/** A breakdown as a download (thong-ke-tri-thuc.xlsx), saying in Vietnamese what it counts. */
export function workforceWorkbook(table: WorkforceTable, query: WorkforceQuery): StreamableFile {
  const dimensions = [table.rowDimension, table.columnDimension].filter((d) => d !== null);
  const filters = WORKFORCE_DIMENSIONS.filter((key) => query[key] !== undefined).map(
    (key) => `${DIMENSIONS[key].label.vi}: ${String(query[key])}`,
  );
  const [year, month, day] = table.at.split('-');
  const stream = statTableXlsx(table, {
    title: `Đội ngũ trí thức tỉnh Khánh Hòa theo ${dimensions.map((d) => d.label.toLowerCase()).join(' và ')}`,
    details: [
      `Số liệu tại ngày ${day}/${month}/${year}`,
      ...(filters.length ? [`Lọc: ${filters.join('; ')}`] : []),
    ],
    notes: table.notes,
  });
  return new StreamableFile(stream, {
    type: CONTENT_TYPES.xlsx,
    disposition: 'attachment; filename="thong-ke-tri-thuc.xlsx"',
  });
}

import ExcelJS from 'exceljs';
import { readRows } from '../../../src/imports/reading/sheet-rows';

describe('reading an uploaded workbook', () => {
  it('keeps every Vietnamese character whole, wherever the stream is cut (patches/exceljs)', async () => {
    // Almost only 3-byte characters: nearly every 16 KB chunk of the sheet's XML ends inside one.
    const cells = [
      'Nguyễn Thị Hồng Nhung',
      'Nữ',
      'Đang công tác',
      'Trưởng phòng Hải dương học',
      'Ữữữ ẫẫẫ ỡỡỡ',
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    for (let row = 0; row < 3_000; row += 1) sheet.addRow(cells.map((cell) => `${cell} ${row}`));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const rows = await readRows(content, 'xlsx');
    let count = 0;
    for (const { number, values } of rows) {
      expect(values).toEqual(cells.map((cell) => `${cell} ${number - 1}`));
      count += 1;
    }
    expect([count, rows.dataRows]).toEqual([3_000, 2_999]);
  });
});

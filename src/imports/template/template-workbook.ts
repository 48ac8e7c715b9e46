import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../intake/import-limits';
import { DATA_SHEET, INSTRUCTIONS_SHEET, LISTS_SHEET } from '../reading/sheet-rows';
import { IMPORT_COLUMNS, ImportColumn, ListName, markedHeader } from '../rows/import-columns';
import { ReferenceLists } from '../rows/reference-lists.service';
import { listLabel } from '../rows/reference-lookups';

/** Fixed choices typed into the list itself rather than read from a catalog. */
const INLINE_CHOICES: Partial<Record<string, string[]>> = {
  gender: ['Nam', 'Nữ'],
  status: ['Đang công tác', 'Nghỉ hưu', 'Đã mất'],
};

interface ExcelDataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * The import template: the data sheet with Vietnamese headers and drop-down lists, an instructions
 * sheet, and a hidden sheet holding the catalog values the drop-downs point to.
 */
export async function buildTemplate(lists: ReferenceLists): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trí thức Khánh Hòa';
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });

  const listRanges = writeLists(listSheet, lists);
  const lastRow = IMPORT_LIMITS.maxRows + 1;
  data.columns = templateColumns();
  data.getRow(1).font = { bold: true };
  const validations = (data as unknown as { dataValidations: ExcelDataValidations }).dataValidations;
  IMPORT_COLUMNS.forEach((column: ImportColumn, index) => {
    const letter = data.getColumn(index + 1).letter;
    const inline = INLINE_CHOICES[column.key];
    const formula = inline ? `"${inline.join(',')}"` : column.list ? listRanges.get(column.list) : undefined;
    if (!formula) return;
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      // organizations may be typed freely; other lists must be chosen from
      showErrorMessage: column.list !== 'organizations',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Vui lòng chọn một giá trị trong danh sách',
    });
  });

  instructions.columns = [
    { header: 'Cột', key: 'header', width: 26 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'help', width: 70 },
    { header: 'Ví dụ', key: 'example', width: 28 },
  ];
  instructions.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS as readonly ImportColumn[]) {
    instructions.addRow({ ...column, required: REQUIRED_TEXT[String(column.required)] });
  }
  instructions.addRow({});
  for (const line of NOTES) instructions.addRow({ header: line });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const REQUIRED_TEXT: Record<string, string> = {
  true: 'Có (*)',
  residence: 'Một trong ba cột nơi ở (**)',
  false: '',
};

const NOTES = [
  'Cột đánh dấu (*) là bắt buộc; trong ba cột nơi ở đánh dấu (**) phải ghi đúng một cột. Dòng thiếu các cột này không được nhập.',
  `Nhập dữ liệu ở trang "${DATA_SHEET}", mỗi người một dòng, bắt đầu từ dòng 2; không đổi tên hoặc thứ tự tiêu đề.`,
  'Người có số định danh cá nhân đã có trong hệ thống sẽ được cập nhật; nếu họ tên, ngày sinh hoặc giới tính khác với hồ sơ đã có, dòng đó không được ghi và được báo "xung đột" để cán bộ quyết định. Không có số định danh thì hệ thống đối chiếu họ tên, ngày sinh và cơ quan, và báo "có thể trùng" để cán bộ quyết định. Một số định danh chỉ được ghi ở một dòng của tệp.',
  'Tên xã/phường trước ngày 01/7/2025 (ví dụ Phường Vĩnh Hòa) hoặc tên không kèm loại đơn vị (ví dụ Nha Trang) được đổi sang xã/phường hiện nay, có ghi chú ở kết quả nhập; đơn vị cũ đã chia cho nhiều xã/phường thì cần ghi xã/phường hiện nay.',
  'Thông tin đã được cán bộ xác minh không bị thay bằng giá trị khác trong tệp: giá trị khác được báo "cần xem xét" để cán bộ sửa hồ sơ nếu đúng.',
  `Tối đa ${IMPORT_LIMITS.maxRows.toLocaleString('vi')} dòng và 20 MB mỗi tệp; tệp không được đặt mật khẩu. Có thể lưu dạng CSV UTF-8.`,
  'Công thức không được tính lại: hệ thống chỉ đọc giá trị đã lưu cùng tệp; ô có công thức nhưng không có giá trị đã lưu được coi là để trống và có cảnh báo ghi rõ ô.',
];

/** The data sheet's columns: marked headers, widths, text format where leading zeros matter. */
export function templateColumns(): Array<Partial<ExcelJS.Column>> {
  return IMPORT_COLUMNS.map((column: ImportColumn) => ({
    header: markedHeader(column),
    key: column.key,
    width: Math.max(14, column.header.length + 6),
    style: column.text ? { numFmt: '@' } : {},
  }));
}

/** Writes each list in its own column of the hidden sheet; returns the range formula of each. */
function writeLists(sheet: ExcelJS.Worksheet, lists: ReferenceLists): Map<ListName, string> {
  const ranges = new Map<ListName, string>();
  (Object.keys(lists) as ListName[]).forEach((list, index) => {
    const column = sheet.getColumn(index + 1);
    const labels = lists[list].map((entry) => listLabel(list, entry));
    [list, ...labels].forEach((value, row) => (sheet.getCell(row + 1, index + 1).value = value));
    if (labels.length) {
      ranges.set(list, `'${LISTS_SHEET}'!$${column.letter}$2:$${column.letter}$${labels.length + 1}`);
    }
  });
  return ranges;
}

import type { DegreeLevel } from '../../intellectuals';
import type { AcademicTitleCode, Gender, IntellectualStatus } from '../../intellectuals';
import { foldVietnamese } from '../../common/text/normalize';
import { ColumnKey, HEADER_OF, ListName, RowCells } from './import-columns';
import { ImportRow, ParsedRow, RowProblem } from './import-row';
import { ReferenceLookups } from './reference-lookups';

const GENDERS: Record<string, Gender> = { nam: 'male', male: 'male', nu: 'female', female: 'female' };
const STATUSES: Record<string, IntellectualStatus> = {
  'dang cong tac': 'active',
  active: 'active',
  'nghi huu': 'retired',
  retired: 'retired',
  'da mat': 'deceased',
  deceased: 'deceased',
};

/**
 * Turns one row's cells into an ImportRow, or lists every problem in it. Pure: catalogs come in
 * through `lookups`, the current date through `today` (ISO), so it is unit-tested without a database.
 */
export function parseRow(cells: RowCells, lookups: ReferenceLookups, today: string): ParsedRow {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const problem = (key: ColumnKey, message: string, messageVi: string) => {
    problems.push({ column: HEADER_OF[key], message, messageVi });
    return null;
  };
  const warn = (key: ColumnKey, message: string, messageVi: string) =>
    warnings.push({ column: HEADER_OF[key], message, messageVi });
  const text = (key: ColumnKey) => cells[key].normalize('NFC').replace(/\s+/g, ' ').trim() || null;
  const listed = (key: ColumnKey, list: ListName) => {
    const value = text(key);
    if (!value) return null;
    return (
      lookups.find(list, value)?.code ??
      problem(key, `"${value}" is not in the list`, `"${value}" không có trong danh sách`)
    );
  };
  const year = (key: ColumnKey) => {
    const value = text(key);
    if (!value) return null;
    const parsed = Number(value);
    const max = Number(today.slice(0, 4));
    if (Number.isInteger(parsed) && parsed >= 1900 && parsed <= max) return parsed;
    return problem(key, `must be a year between 1900 and ${max}`, `phải là năm từ 1900 đến ${max}`);
  };

  const fullName = text('fullName');
  if (!fullName) problem('fullName', 'is required', 'không được để trống');
  else if (fullName.length > 200) problem('fullName', 'is too long', 'quá dài');

  const genderText = text('gender');
  const gender = genderText
    ? (GENDERS[foldVietnamese(genderText)] ?? problem('gender', 'must be Nam or Nữ', 'phải là Nam hoặc Nữ'))
    : null;
  const birthDate = parseBirthDate(text('birthDate'), today, (m, vi) => problem('birthDate', m, vi));
  const nationalId = parseNationalId(text('nationalId'), (m, vi) => problem('nationalId', m, vi));

  const email = text('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problem('email', 'is not a valid email address', 'không phải địa chỉ email hợp lệ');
  const phone = text('phone');
  if (phone && !/^\+?[\d\s.()-]{8,20}$/.test(phone))
    problem('phone', 'is not a valid phone number', 'không phải số điện thoại hợp lệ');

  const level = listed('degreeLevel', 'degree-levels') as DegreeLevel | null;
  const institution = text('institution');
  const graduationYear = year('graduationYear');
  if (!level && (institution || graduationYear))
    problem(
      'degreeLevel',
      'is required with an institution or year',
      'cần có khi ghi cơ sở đào tạo hoặc năm',
    );
  if (level && !institution)
    problem('institution', 'is required with the highest degree', 'cần có khi ghi trình độ cao nhất');

  const titleCode = listed('academicTitle', 'academic-titles') as AcademicTitleCode | null;
  const titleYear = year('academicTitleYear');
  if (titleCode && !titleYear)
    problem('academicTitleYear', 'is required with an academic title', 'cần có khi ghi học hàm');
  if (!titleCode && titleYear)
    problem('academicTitle', 'is required with the year of the title', 'cần có khi ghi năm phong học hàm');

  const organizationText = text('organization');
  const organization = organizationText ? lookups.find('organizations', organizationText) : undefined;
  const statusText = text('status');
  const status = statusText
    ? (STATUSES[foldVietnamese(statusText)] ??
      problem(
        'status',
        'must be Đang công tác, Nghỉ hưu or Đã mất',
        'phải là Đang công tác, Nghỉ hưu hoặc Đã mất',
      ))
    : null;

  const residence = {
    communeCode: commune(text('commune'), lookups, {
      problem: (m, vi) => problem('commune', m, vi),
      warn: (m, vi) => warn('commune', m, vi),
    }),
    provinceName: text('province'),
    countryCode: listed('country', 'countries'),
  };
  if (residence.countryCode === 'VN') residence.countryCode = null;
  const places = Object.values(residence).filter((value) => value !== null).length;
  if (
    places !== 1 &&
    problems.every((p) => p.column !== HEADER_OF.commune && p.column !== HEADER_OF.country)
  ) {
    problem(
      'commune',
      'Give the residence in exactly one of: commune (Khánh Hòa), province (elsewhere in Viet Nam) or country (abroad)',
      'Ghi nơi ở vào đúng một trong ba cột: xã/phường (Khánh Hòa), tỉnh/thành phố khác, hoặc quốc gia (nước ngoài)',
    );
  }

  const row: ImportRow = {
    fullName: fullName ?? '',
    gender,
    birthDate,
    nationalId,
    ethnicGroupCode: listed('ethnicGroup', 'ethnic-groups'),
    ...residence,
    email: email?.toLowerCase() ?? null,
    phone,
    primaryFieldCode: listed('field', 'fields'),
    education: level && institution ? { level, institution, year: graduationYear } : null,
    academicTitle: titleCode && titleYear ? { code: titleCode, year: titleYear } : null,
    organizationId: organization?.code ?? null,
    organizationName: organization ? null : organizationText,
    position: text('position'),
    status,
  };
  return problems.length ? { ok: false, problems, warnings } : { ok: true, row, warnings };
}

/**
 * Today's commune for what the cell says: its name or code, the name without unit type, or a unit
 * merged on 1 July 2025 (said in a warning, so the officer sees how it was read).
 */
function commune(
  value: string | null,
  lookups: ReferenceLookups,
  report: { problem: Report; warn: (message: string, messageVi: string) => void },
): string | null {
  if (!value) return null;
  const match = lookups.commune(value);
  switch (match?.kind) {
    case undefined:
      return report.problem(`"${value}" is not in the list`, `"${value}" không có trong danh sách`);
    case 'current':
      return match.code;
    case 'short_name':
      report.warn(`"${value}" was read as ${match.nameVi}`, `"${value}" được hiểu là ${match.nameVi}`);
      return match.code;
    case 'former_unit':
      report.warn(
        `"${value}" is a unit from before 1 July 2025, now part of ${match.nameVi}; recorded as ${match.nameVi}`,
        `"${value}" là đơn vị hành chính trước ngày 01/7/2025, nay thuộc ${match.nameVi}; đã ghi là ${match.nameVi}`,
      );
      return match.code;
    case 'split': {
      const names = match.nameVi.join(', ');
      return report.problem(
        `"${value}" is a unit from before 1 July 2025 that now belongs to several communes (${names}); write the commune the person lives in today`,
        `"${value}" là đơn vị hành chính trước ngày 01/7/2025, nay thuộc nhiều xã/phường (${names}); hãy ghi xã/phường nơi ở hiện nay`,
      );
    }
  }
}

type Report = (message: string, messageVi: string) => null;

/** dd/mm/yyyy (also with - or .), or ISO yyyy-mm-dd as a date cell arrives. */
export function parseBirthDate(value: string | null, today: string, report: Report): string | null {
  if (!value) return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : undefined;
  if (!parts) return report('must be a date as dd/mm/yyyy', 'phải là ngày dạng ngày/tháng/năm (dd/mm/yyyy)');
  const [y, m, d] = parts;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    return report('is not a real date', 'không phải ngày có thật');
  if (iso < '1900-01-01' || iso > today)
    return report('must be between 1900 and today', 'phải trong khoảng từ năm 1900 đến nay');
  return iso;
}

/**
 * The 12-digit personal identification number. Every one starts with a 0 (the province code), which
 * Excel drops when the column holds numbers; 11 digits get it back.
 */
export function parseNationalId(value: string | null, report: Report): string | null {
  if (!value) return null;
  const digits = value.replace(/[\s.]/g, '');
  if (/^\d{12}$/.test(digits)) return digits;
  if (/^\d{11}$/.test(digits)) return `0${digits}`;
  return report('must be 12 digits', 'phải gồm 12 chữ số');
}

import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import type { CatalogName } from '../catalog/use-catalog';
import { actionLabel, changeLabel, formatValue } from './display';

const t = i18n.getFixedT('vi', 'officer') as unknown as (
  key: string,
  options?: Record<string, unknown>,
) => string;
const NAMES: Partial<Record<CatalogName, Record<string, string>>> = {
  fields: { '401': 'Trồng trọt' },
  communes: { '22366': 'Phường Nha Trang' },
  'ethnic-groups': { '01': 'Kinh' },
  'honorary-titles': { NGND: 'Nhà giáo Nhân dân' },
  'civil-service-ranks': { '01.002': 'Chuyên viên chính' },
  prizes: { HCM: 'Giải thưởng Hồ Chí Minh' },
};
const lookups = (catalog: CatalogName, code: string) => NAMES[catalog]?.[code] ?? code;

describe('values as an officer reads them', () => {
  it('names codes from the catalogs and the message catalog, dates in dd/mm/yyyy', () => {
    expect(formatValue(t, lookups, 'communeCode', '22366')).toBe('Phường Nha Trang');
    expect(formatValue(t, lookups, 'fieldCodes', ['401', '999'])).toBe('Trồng trọt, 999');
    expect(formatValue(t, lookups, 'ethnicGroupCode', '01')).toBe('Kinh');
    expect(formatValue(t, lookups, 'status', 'retired')).toBe('Đã nghỉ hưu');
    expect(formatValue(t, lookups, 'birthDate', '1980-05-17')).toBe('17/05/1980');
    expect(formatValue(t, lookups, 'academicTitle', { code: 'associate_professor', year: 2015 })).toBe(
      'Phó giáo sư 2015',
    );
    expect(formatValue(t, lookups, 'level', 'doctorate', 'educations')).toBe('Tiến sĩ');
  });

  it('names the codes inside composite facts and part items', () => {
    expect(formatValue(t, lookups, 'hometown', { communeCode: '22366', text: null })).toBe(
      'Phường Nha Trang',
    );
    expect(formatValue(t, lookups, 'hometown', { communeCode: null, text: 'Huế' })).toBe('Huế');
    expect(formatValue(t, lookups, 'honoraryTitles', [{ code: 'NGND', year: 2010 }])).toBe(
      'Nhà giáo Nhân dân 2010',
    );
    expect(formatValue(t, lookups, 'civilService', { rankCode: '01.002', grade: '3' })).toBe(
      'Chuyên viên chính · 3',
    );
    expect(formatValue(t, lookups, 'prizeCode', 'HCM', 'awards')).toBe('Giải thưởng Hồ Chí Minh');
  });

  it('shows no value as a dash and hidden values as hidden', () => {
    expect(formatValue(t, lookups, 'phone', null)).toBe('—');
    expect(formatValue(t, lookups, 'expertise', [])).toBe('—');
    expect(formatValue(t, lookups, 'nationalId', '(hidden)')).toBe('(ẩn)');
  });

  it('sums up a whole part item by its main facts', () => {
    const item = { id: 'x', level: 'master', institution: 'Trường Đại học Nha Trang', year: 2010 };
    expect(formatValue(t, lookups, 'educations', [item])).toBe('Thạc sĩ · Trường Đại học Nha Trang · 2010');
  });
});

describe('history labels', () => {
  it('names attributes, part item fields and verifications', () => {
    expect(changeLabel(t, 'position')).toEqual({ label: 'Chức vụ', name: 'position' });
    expect(changeLabel(t, 'publications.5b1c.year')).toEqual({
      label: 'Công trình công bố · Năm',
      name: 'year',
      kind: 'publications',
    });
    expect(changeLabel(t, 'provenance.contact.verification').label).toBe('Xác minh · Liên hệ');
  });

  it('names actions, part actions by their kind', () => {
    expect(actionLabel(t, 'intellectual.update')).toBe('Sửa thông tin');
    expect(actionLabel(t, 'intellectual.awards.add')).toBe('Thêm mục Giải thưởng');
  });
});

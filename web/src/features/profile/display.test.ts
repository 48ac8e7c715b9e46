import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { actionLabel, changeLabel, formatValue, type Lookups } from './display';

const t = i18n.getFixedT('vi', 'officer') as unknown as (
  key: string,
  options?: Record<string, unknown>,
) => string;
const lookups: Lookups = {
  fields: [{ value: '401', label: 'Trồng trọt' }],
  communes: [{ value: '22366', label: 'Phường Nha Trang' }],
  ethnicGroups: [{ value: '01', label: 'Kinh' }],
  organizations: [],
};

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

import { compareNames, formatDate, formatDateTime, formatNumber } from './format';

describe('Vietnamese conventions', () => {
  it('writes dates as dd/mm/yyyy in both languages', () => {
    expect(formatDate('1980-05-01', 'vi')).toBe('01/05/1980');
    expect(formatDate('1980-05-01', 'en')).toBe('01/05/1980');
  });

  it('keeps a calendar date on its day whatever the time zone, and instants in Viet Nam time', () => {
    expect(formatDate('1999-12-31')).toBe('31/12/1999');
    // 20:30 UTC on 1 December is already 2 December in Khánh Hòa.
    expect(formatDate('2026-12-01T20:30:00Z')).toBe('02/12/2026');
    expect(formatDateTime('2026-12-01T20:30:00Z', 'vi')).toBe('02/12/2026 03:30');
  });

  it('writes nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('orders people by given name, then family name, in Vietnamese alphabetical order', () => {
    const names = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Đức', 'Phạm Dung', 'Hoàng Ân', 'Võ An'];
    expect([...names].sort(compareNames)).toEqual([
      'Nguyễn Văn An',
      'Võ An',
      'Hoàng Ân',
      'Trần Thị Bình',
      'Phạm Dung',
      'Lê Đức',
    ]);
  });
});

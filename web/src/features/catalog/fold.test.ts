import { describe, expect, it } from 'vitest';
import { fold, matchesSearch } from './fold';

describe('matching catalog names as typed, diacritics aside', () => {
  it('folds marks, đ and case', () => {
    expect(fold('Phường Bắc Nha Trang')).toBe('phuong bac nha trang');
    expect(fold('Đắk Lắk')).toBe('dak lak');
  });

  it('finds a name by part of it without diacritics, or a code by its start', () => {
    const commune = { value: '22366', label: 'Phường Nha Trang' };
    expect(matchesSearch('nha trang', commune)).toBe(true);
    expect(matchesSearch('NHA TRÀNG', commune)).toBe(true);
    expect(matchesSearch('223', commune)).toBe(true);
    expect(matchesSearch('366', commune)).toBe(false);
    expect(matchesSearch('cam ranh', commune)).toBe(false);
    expect(matchesSearch('  ', commune)).toBe(true);
  });
});

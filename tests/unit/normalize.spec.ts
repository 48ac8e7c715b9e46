import { foldVietnamese, normalizeText } from '../../src/common/text/normalize';

describe('normalizeText', () => {
  it('turns decomposed (NFD) Vietnamese into NFC, deep inside objects and arrays', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    const result = normalizeText({ fullName: nfd, otherNames: [nfd], nested: { bio: nfd }, year: 1990 });
    expect(result).toEqual({
      fullName: 'Nguyễn Thị Ánh'.normalize('NFC'),
      otherNames: ['Nguyễn Thị Ánh'.normalize('NFC')],
      nested: { bio: 'Nguyễn Thị Ánh'.normalize('NFC') },
      year: 1990,
    });
    expect(result.fullName).not.toEqual(nfd);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['  ĐẶNG   Thị  Hương ', 'dang thi huong'],
    ['Trần Quốc Toản'.normalize('NFD'), 'tran quoc toan'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { resultNames } from './result-names';

const names = resultNames({
  criteria: [
    { code: 'novelty', name: 'Tính mới, tính sáng tạo', weight: 0.4 },
    { code: 'impact', name: 'Hiệu quả kinh tế - xã hội', weight: 0.6 },
  ],
  prizeLevels: [
    { code: 'A', name: 'Giải Nhất' },
    { code: 'B', name: 'Giải Nhì' },
  ],
});

describe('resultNames', () => {
  it('names criteria and prize levels by the campaign, leaving an unknown code as it is', () => {
    expect(names.criterion('novelty')).toBe('Tính mới, tính sáng tạo');
    expect(names.level('B')).toBe('Giải Nhì');
    expect(names.level('C')).toBe('C');
  });

  it('lists the means in the campaign’s order of the criteria, unknown codes last', () => {
    expect(names.means({ old: 5, impact: 8.5, novelty: null })).toEqual([
      { code: 'novelty', name: 'Tính mới, tính sáng tạo', mean: null },
      { code: 'impact', name: 'Hiệu quả kinh tế - xã hội', mean: 8.5 },
      { code: 'old', name: 'old', mean: 5 },
    ]);
  });
});

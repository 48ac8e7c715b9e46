import { retirementAgeMonths, retirementMonth } from '../../../src/stats/forecasts/retirement-age';

describe('the retirement-age roadmap (Labour Code 2019, Decree 135/2020)', () => {
  it('rises by 3 months a year for men to 62 in 2028 and by 4 for women to 60 in 2035', () => {
    expect(retirementAgeMonths('male', 2020)).toBe(720);
    expect(retirementAgeMonths('male', 2021)).toBe(723);
    expect(retirementAgeMonths('male', 2027)).toBe(741);
    expect(retirementAgeMonths('male', 2028)).toBe(744);
    expect(retirementAgeMonths('male', 2040)).toBe(744);
    expect(retirementAgeMonths('female', 2021)).toBe(664);
    expect(retirementAgeMonths('female', 2034)).toBe(716);
    expect(retirementAgeMonths('female', 2035)).toBe(720);
  });

  // Decree 135/2020/NĐ-CP, Appendix I (men) and II (women): birth month → when the age is reached
  it.each([
    ['male', '1961-01-15', { year: 2021, month: 4 }],
    ['male', '1961-10-01', { year: 2022, month: 4 }],
    ['male', '1966-04-20', { year: 2028, month: 4 }],
    ['male', '1970-02-01', { year: 2032, month: 2 }],
    ['female', '1966-01-10', { year: 2021, month: 5 }],
    ['female', '1966-09-01', { year: 2022, month: 5 }],
    ['female', '1980-05-01', { year: 2040, month: 5 }],
  ] as const)('%s born %s reaches it in %o', (gender, born, expected) => {
    expect(retirementMonth(gender, born)).toEqual(expected);
  });
});

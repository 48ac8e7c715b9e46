import type { Gender } from '../../intellectuals';

/**
 * Viet Nam's retirement-age roadmap (Labour Code 2019, Article 169; Decree 135/2020/NĐ-CP): in
 * normal conditions 60 for men and 55 for women until 2020, then 3 months more a year for men until
 * 62 (2028) and 4 months more a year for women until 60 (2035). The age that applies is the one of
 * the year in which it is reached.
 */
const ROADMAP: Record<Gender, { startMonths: number; stepMonths: number; finalMonths: number }> = {
  male: { startMonths: 60 * 12, stepMonths: 3, finalMonths: 62 * 12 },
  female: { startMonths: 55 * 12, stepMonths: 4, finalMonths: 60 * 12 },
};
const FIRST_RISE = 2021;

/** The retirement age, in months, of whoever reaches it in `year`. */
export function retirementAgeMonths(gender: Gender, year: number): number {
  const { startMonths, stepMonths, finalMonths } = ROADMAP[gender];
  return Math.min(finalMonths, startMonths + stepMonths * Math.max(0, year - FIRST_RISE + 1));
}

/** The year and month (1–12) someone born on `birthDate` (YYYY-MM-DD) reaches retirement age. */
export function retirementMonth(gender: Gender, birthDate: string): { year: number; month: number } {
  const born = Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)) - 1;
  // the age grows more slowly than the calendar, so the first year that holds the date is the one
  for (let year = Math.floor(born / 12) + 50; ; year++) {
    const at = born + retirementAgeMonths(gender, year);
    if (Math.floor(at / 12) <= year) return { year: Math.floor(at / 12), month: (at % 12) + 1 };
  }
}

/** The same rule in SQL: the year the person `i` (birth_date, gender) reaches retirement age. */
export function retirementYearSql(alias: string): string {
  const months = (gender: Gender, year: string) => {
    const { startMonths, stepMonths, finalMonths } = ROADMAP[gender];
    return `least(${finalMonths}, ${startMonths} + ${stepMonths} * greatest(0, ${year} - ${FIRST_RISE - 1}))`;
  };
  const age = `CASE ${alias}.gender WHEN 'male' THEN ${months('male', 'y')} ELSE ${months('female', 'y')} END`;
  return `(SELECT min(y) FROM generate_series(EXTRACT(YEAR FROM ${alias}.birth_date)::int + 50,
             EXTRACT(YEAR FROM ${alias}.birth_date)::int + 65) y
           WHERE EXTRACT(YEAR FROM ${alias}.birth_date + make_interval(months => ${age})) <= y)`;
}

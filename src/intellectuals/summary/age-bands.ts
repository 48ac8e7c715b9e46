/**
 * Age bands, the one definition for profiles, lists, exports, search facets and statistics. Age is
 * the age reached in the current calendar year in Viet Nam (current year − birth year), as personnel
 * statistics count it: it needs only the birth year (internal), never the date of birth (restricted),
 * so the search index can hold it without going stale, and a band never hints at a birthday.
 * 35 is the usual line for young intellectuals.
 */
export const AGE_BANDS = ['under_35', '35_44', '45_54', '55_64', '65_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Youngest and oldest age of each band (null: open-ended), and its names for people. */
const BANDS: Record<AgeBand, { from: number | null; to: number | null; vi: string; en: string }> = {
  under_35: { from: null, to: 34, vi: 'Dưới 35', en: 'Under 35' },
  '35_44': { from: 35, to: 44, vi: '35–44', en: '35–44' },
  '45_54': { from: 45, to: 54, vi: '45–54', en: '45–54' },
  '55_64': { from: 55, to: 64, vi: '55–64', en: '55–64' },
  '65_plus': { from: 65, to: null, vi: 'Từ 65 trở lên', en: '65 and over' },
};

const VIETNAM_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' });

/** The current calendar year in Viet Nam (UTC+7), whatever the server's time zone. */
export function currentYear(now: Date = new Date()): number {
  return Number(VIETNAM_YEAR.format(now));
}

export function ageBandOf(birthYear: number | null, year: number = currentYear()): AgeBand | null {
  if (birthYear === null) return null;
  const age = year - birthYear;
  return AGE_BANDS.find((band) => {
    const { to } = BANDS[band];
    return to === null || age <= to;
  })!;
}

/** Birth years of a band in `year`, inclusive; null bounds are open. Filters in SQL and Meilisearch use it. */
export function birthYearRange(band: AgeBand, year: number): { min: number | null; max: number | null } {
  const { from, to } = BANDS[band];
  return { min: to === null ? null : year - to, max: from === null ? null : year - from };
}

export function ageBandLabel(band: AgeBand | null): string {
  return band ? BANDS[band].vi : '';
}

export function ageBandLabelEn(band: AgeBand): string {
  return BANDS[band].en;
}

/** The year of an ISO date of birth (rules compare it with degree and title years). */
export function birthYear(birthDate: string | null | undefined): number | null {
  return birthDate ? Number(birthDate.slice(0, 4)) : null;
}

import { currentLanguage, type Language } from './index';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** dd/mm/yyyy in both languages; a date without time (1980-05-01) is a calendar day, not an instant. */
export function formatDate(value: string | Date | null | undefined, language = currentLanguage()): string {
  if (value === null || value === undefined || value === '') return '';
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: dateOnly ? 'UTC' : 'Asia/Ho_Chi_Minh',
  }).format(new Date(value));
}

/** dd/mm/yyyy hh:mm (date first in both languages, so columns line up), in Viet Nam's time. */
export function formatDateTime(
  value: string | Date | null | undefined,
  language = currentLanguage(),
): string {
  if (value === null || value === undefined || value === '') return '';
  const time = new Intl.DateTimeFormat(LOCALE[language], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(value));
  return `${formatDate(value instanceof Date ? value : new Date(value), language)} ${time}`;
}

/** 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(value: number, language = currentLanguage(), fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[language], {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: 0,
  }).format(value);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Vietnamese lists order people by their given name (the last word: "Nguyễn Văn An" before "Trần Thị
 * Bình"), then by the family and middle names, in Vietnamese alphabetical order (Ă, Â, Đ… after A, D).
 */
export function compareNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).pop() ?? '';
  return collator.compare(given(a), given(b)) || collator.compare(a, b);
}

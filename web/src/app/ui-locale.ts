import type { Locale } from 'antd/es/locale';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { Language } from '../i18n';

const loaded = new Map<Language, Locale>([['vi', viVN]]);

/**
 * Ant Design's and dayjs's own texts (pickers, empty lists, dates) in a language. English is fetched
 * when someone chooses it, like its message catalog, so the Vietnamese first page does not carry it.
 */
export async function loadUiLocale(language: Language): Promise<Locale> {
  const known = loaded.get(language);
  if (known) return known;
  const [{ default: enGB }] = await Promise.all([
    import('antd/es/locale/en_GB'),
    import('dayjs/locale/en-gb'),
  ]);
  loaded.set('en', enGB);
  return enGB;
}

/** The texts of a language already fetched (Vietnamese always is). */
export function uiLocale(language: Language): Locale | undefined {
  return loaded.get(language);
}

export function applyDayjsLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en-gb' : 'vi');
}

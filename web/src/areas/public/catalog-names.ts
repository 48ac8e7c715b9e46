import { currentLanguage } from '../../i18n';

/** A country's name from its ISO code, in the reader's language. */
export function countryName(code: string | null | undefined): string | undefined {
  return code ? displayName('region', code) : undefined;
}

/** A language's name from its code (vi, en, fr…), in the reader's language. */
export function languageName(code: string): string {
  return displayName('language', code);
}

function displayName(type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type }).of(code) ?? code;
  } catch {
    // not a code Intl knows: show it as stored
    return code;
  }
}

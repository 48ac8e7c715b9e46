import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import vi from './vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'tkh.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

void i18n.use(initReactI18next).init({
  resources: { vi, en },
  lng: initialLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  ns: Object.keys(vi),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Vietnamese unless the person chose English; remembered on this device. */
export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;

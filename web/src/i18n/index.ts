import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import vi from './vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'tkh.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

/**
 * Vietnamese, which nearly everyone reads, ships with the first page; English is fetched a
 * namespace at a time once someone chooses it, so it weighs nothing on the Vietnamese pages.
 * Resolves when the initial language's texts are there (render after it: no flash of keys).
 */
export const i18nReady = i18n
  .use(initReactI18next)
  // only English is ever fetched: every Vietnamese namespace is bundled
  .use(resourcesToBackend((_language: string, namespace: string) => import(`./en/${namespace}.ts`)))
  .init({
    resources: { vi },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(vi),
    interpolation: { escapeValue: false },
    returnNull: false,
  });

/** Vietnamese unless the person chose English; remembered on this device. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;

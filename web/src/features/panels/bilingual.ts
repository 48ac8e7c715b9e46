import { useTranslation } from 'react-i18next';

/** The server writes reasons, evidence and rule verdicts in both languages: the reader's one. */
export function useBilingual(): (vi: string, en: string) => string {
  const { i18n } = useTranslation();
  return (vi, en) => (i18n.language === 'en' ? en : vi);
}

/** Lists inside table cells and cards: no outer margin, long titles wrap instead of widening the page. */
export const LIST_STYLE = { margin: 0, paddingInlineStart: 20, overflowWrap: 'anywhere' } as const;

import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n';

type SmallCatalog = 'fields' | 'honorary-titles';

/** Names of a small catalog's codes in the reader's language (catalogs change only by migration). */
export function useCatalogNames(name: SmallCatalog): (code: string | null | undefined) => string | undefined {
  const { data } = useQuery({
    queryKey: ['catalog', name],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/catalog/{name}', { params: { path: { name }, query: { limit: 100 } }, signal })),
    staleTime: Infinity,
  });
  const english = currentLanguage() === 'en';
  return (code) => {
    const entry = code ? data?.items.find((item) => item.code === code) : undefined;
    return entry ? (english && entry.nameEn) || entry.nameVi : undefined;
  };
}

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

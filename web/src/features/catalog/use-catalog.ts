import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type ApiPaths } from '../../api/client';

/** A catalog of codes (`/catalog/{name}`) or the organizations (`/catalog/organizations`). */
export type CatalogName =
  NonNullable<ApiPaths['/catalog/{name}']['get']['parameters']['path']>['name'] | 'organizations';

export interface CatalogOption {
  value: string;
  label: string;
}

interface Entry {
  value: string;
  nameVi: string;
  nameEn: string | null;
}

const PAGE = 100;
/** A stop for a catalog that grows past what a picker should hold (organizations are officers' data). */
const MAX_PAGES = 20;

async function page(name: CatalogName, offset: number) {
  if (name === 'organizations') {
    const answer = await unwrap(
      api.GET('/catalog/organizations', { params: { query: { limit: PAGE, offset } } }),
    );
    return {
      total: answer.total,
      entries: answer.items.map((item): Entry => ({
        value: item.id,
        nameVi: item.nameVi,
        nameEn: item.nameEn,
      })),
    };
  }
  const answer = await unwrap(
    api.GET('/catalog/{name}', { params: { path: { name }, query: { limit: PAGE, offset } } }),
  );
  return {
    total: answer.total,
    entries: answer.items.map((item): Entry => ({
      value: item.code,
      nameVi: item.nameVi,
      nameEn: item.nameEn,
    })),
  };
}

/** Every entry of a catalog (the largest, countries, has 250): catalogs change only by migration. */
async function wholeCatalog(name: CatalogName): Promise<Entry[]> {
  const first = await page(name, 0);
  const pages = Math.min(Math.ceil(first.total / PAGE), MAX_PAGES);
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, index) => page(name, (index + 1) * PAGE)),
  );
  return [first, ...rest].flatMap((answer) => answer.entries);
}

const catalogQuery = (name: CatalogName) => ({
  queryKey: ['catalog', name, 'all'] as const,
  queryFn: () => wholeCatalog(name),
  staleTime: Infinity,
});

function optionsOf(entries: readonly Entry[] | undefined, english: boolean): CatalogOption[] {
  return (entries ?? []).map((entry) => ({
    value: entry.value,
    label: (english && entry.nameEn) || entry.nameVi,
  }));
}

/**
 * One catalog as options in the reader's language, read once per session, and the name of a code
 * (the code itself while loading or when the catalog has no such entry). The one catalog hook of
 * the app: officer and intellectual forms, pickers and comparisons all read catalogs through it.
 */
export function useCatalog(name: CatalogName) {
  const { i18n } = useTranslation();
  const query = useQuery(catalogQuery(name));
  const options = optionsOf(query.data, i18n.language === 'en');
  return {
    options,
    loading: query.isPending,
    nameOf: (code: string) => options.find((option) => option.value === code)?.label ?? code,
  };
}

/** Names codes of several catalogs at once: nameOf(catalog, code). */
export function useCatalogNames(names: readonly CatalogName[]) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const results = useQueries({ queries: names.map(catalogQuery) });
  const byName = new Map(names.map((name, index) => [name, optionsOf(results[index].data, english)]));
  return (catalog: CatalogName, code: string): string =>
    byName.get(catalog)?.find((option) => option.value === code)?.label ?? code;
}

export type NameOf = ReturnType<typeof useCatalogNames>;

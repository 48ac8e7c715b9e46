import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

type CatalogName = 'fields' | 'communes' | 'ethnic-groups';
export interface CatalogOption {
  value: string;
  label: string;
}

/** A whole small catalog (fields: 52 entries, communes: 65, ethnic groups: 55), read once per session. */
export function useCatalog(name: CatalogName): CatalogOption[] {
  const { i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['catalog', name],
    queryFn: () => unwrap(api.GET('/catalog/{name}', { params: { path: { name }, query: { limit: 100 } } })),
    staleTime: Infinity,
  });
  const english = i18n.language === 'en';
  return (data?.items ?? []).map((entry: Schemas['CatalogEntryView']) => ({
    value: entry.code,
    label: english && entry.nameEn ? entry.nameEn : entry.nameVi,
  }));
}

/** The organizations of the catalog (a few dozen; officers add more), read once per session. */
export function useOrganizations(): CatalogOption[] {
  const { i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['catalog', 'organizations'],
    queryFn: () => unwrap(api.GET('/catalog/organizations', { params: { query: { limit: 100 } } })),
    staleTime: Infinity,
  });
  const english = i18n.language === 'en';
  return (data?.items ?? []).map((organization) => ({
    value: organization.id,
    label: english && organization.nameEn ? organization.nameEn : organization.nameVi,
  }));
}

export function labelOf(
  options: readonly CatalogOption[],
  code: string | null | undefined,
): string | undefined {
  if (!code) return undefined;
  return options.find((option) => option.value === code)?.label ?? code;
}

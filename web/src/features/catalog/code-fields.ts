import { useCatalogNames, type CatalogName, type NameOf } from './use-catalog';

/** The facts (of a profile or of its part items) that hold a code of a catalog, and which catalog. */
export const CODE_FIELDS: Readonly<Record<string, CatalogName>> = {
  communeCode: 'communes',
  ethnicGroupCode: 'ethnic-groups',
  countryCode: 'countries',
  primaryFieldCode: 'fields',
  fieldCodes: 'fields',
  fieldCode: 'fields',
  organizationId: 'organizations',
  prizeCode: 'prizes',
};

/** Every catalog a profile's facts name codes of (the composite facts' too). */
const PROFILE_CATALOGS: readonly CatalogName[] = [
  ...new Set([...Object.values(CODE_FIELDS), 'honorary-titles', 'civil-service-ranks'] as const),
];

/** Names the codes a profile holds, in the reader's language: nameOf(catalog, code). */
export function useProfileCodeNames(): NameOf {
  return useCatalogNames(PROFILE_CATALOGS);
}

import { SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../catalog';
import { requireAccess } from '../common/access/access';
import { Permission } from '../common/access/permissions';
import { Principal } from '../common/access/principal';
import { IntellectualFilter, StaffListFilter } from './dto/requests.dto';
import { FullTextMatcher } from './full-text-matcher';
import { Intellectual } from './entities/intellectual.entity';
import { birthYearRange, currentYear } from './summary/age-bands';
import { FIELD_TREE_CONTAINS, ProfileSummaryRow } from './summary/profile-summary.entity';

/**
 * Filters from an allow-list, each with bound parameters: user input never becomes SQL. The builder's
 * alias must be `i`; derived facts are read from the profile summary (alias `s`). `q` is resolved
 * beforehand: `matchedIds` are the ids full-text search found for it. Used by the staff list and by
 * exports, so both filter alike.
 */
export function applyIntellectualFilters(
  builder: SelectQueryBuilder<Intellectual>,
  query: IntellectualFilter,
  matchedIds?: string[],
): void {
  builder.innerJoin(ProfileSummaryRow, 's', 's.id = i.id');
  if (matchedIds) builder.andWhere('i.id = ANY(:matchedIds)', { matchedIds });
  if (query.fieldCode) builder.andWhere(FIELD_TREE_CONTAINS, { fieldCode: query.fieldCode });
  if (query.degreeLevel) {
    builder.andWhere('s.highest_degree = :degreeLevel', { degreeLevel: query.degreeLevel });
  }
  if (query.academicTitle) {
    builder.andWhere(`i.academic_title->>'code' = :academicTitle`, { academicTitle: query.academicTitle });
  }
  for (const field of [
    'communeCode',
    'countryCode',
    'organizationId',
    'sector',
    'gender',
    'status',
  ] as const) {
    if (query[field] !== undefined) builder.andWhere(`i.${field} = :${field}`, { [field]: query[field] });
  }
  if (query.overseas !== undefined) builder.andWhere('s.overseas = :overseas', { overseas: query.overseas });
  if (query.verified !== undefined) builder.andWhere('s.verified = :verified', { verified: query.verified });
  if (query.ageBand) {
    const { min, max } = birthYearRange(query.ageBand, currentYear());
    if (min !== null) builder.andWhere('s.birth_year >= :minBirthYear', { minBirthYear: min });
    if (max !== null) builder.andWhere('s.birth_year <= :maxBirthYear', { maxBirthYear: max });
  }
}

export type PeopleScope = (builder: SelectQueryBuilder<Intellectual>) => void;

/**
 * The people of a staff list or an export: live profiles matching the filters and the full-text q, or
 * with `deleted` only soft-deleted ones (for who may read them). q is resolved once, here, so a broad q
 * or an index outage is refused before anything is answered; the scope then narrows any number of
 * builders (alias `i`), such as an export's batches. One function, so a list and its export hold the
 * same people.
 */
export async function peopleScope(
  query: StaffListFilter,
  principal: Principal,
  fullText: FullTextMatcher,
): Promise<PeopleScope> {
  if (query.deleted) {
    requireAccess(principal, Permission.ProfilesReadDeleted);
    return (builder) => {
      builder.withDeleted().andWhere('i.deleted_at IS NOT NULL');
      if (query.q) applyNameFilter(builder, query.q);
      applyIntellectualFilters(builder, query);
    };
  }
  const matched = query.q ? await fullText.matchingIds(query.q, query) : undefined;
  return (builder) => applyIntellectualFilters(builder, query, matched);
}

/**
 * `q` over names only, for soft-deleted profiles: they have left the search index, so full-text
 * search cannot find them.
 */
function applyNameFilter(builder: SelectQueryBuilder<Intellectual>, q: string): void {
  builder.andWhere(
    "(f_unaccent(i.full_name) ILIKE f_unaccent(:q) OR f_unaccent(array_to_string(i.other_names, ' ')) ILIKE f_unaccent(:q))",
    { q: `%${escapeLike(q)}%` },
  );
}

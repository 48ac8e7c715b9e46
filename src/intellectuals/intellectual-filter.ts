import { SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../catalog/catalog.service';
import { IntellectualFilter } from './dto/requests.dto';
import { Intellectual } from './entities/intellectual.entity';
import { DEGREE_RANKING } from './profile-derived';
import { PART_KINDS } from './profile-parts';

/** Fields of the S&T classification at or under a code (a level-1 field matches its sub-fields). */
const FIELD_TREE = `ARRAY(WITH RECURSIVE tree(code) AS (
    SELECT code FROM catalog_entry WHERE catalog = 'fields' AND code = :fieldCode
    UNION SELECT c.code FROM catalog_entry c JOIN tree ON c.catalog = 'fields' AND c.parent_code = tree.code
  ) SELECT code FROM tree)`;

/** Every fact group and every part item verified (overallVerification in SQL). */
const VERIFIED = `(i.provenance <> '{}'::jsonb
  AND NOT EXISTS (SELECT 1 FROM jsonb_each(i.provenance) g WHERE g.value->>'verification' <> 'verified')
  ${PART_KINDS.map(
    (kind) =>
      `AND NOT EXISTS (SELECT 1 FROM ${tableOf(kind)} p WHERE p.intellectual_id = i.id AND p.verification_status <> 'verified')`,
  ).join('\n  ')})`;

function tableOf(kind: (typeof PART_KINDS)[number]): string {
  return {
    educations: 'education',
    employments: 'employment',
    publications: 'publication',
    intellectualProperties: 'intellectual_property',
    researchProjects: 'research_project',
    awards: 'award',
    supervisions: 'supervision',
    memberships: 'membership',
    relations: 'relation',
  }[kind];
}

/**
 * Filters from an allow-list, each with bound parameters: user input never becomes SQL. The builder's
 * alias must be `i`. Used by the staff list and by exports, so both filter alike.
 */
export function applyIntellectualFilters(
  builder: SelectQueryBuilder<Intellectual>,
  query: IntellectualFilter,
): void {
  if (query.q) {
    builder.andWhere(
      "(f_unaccent(i.full_name) ILIKE f_unaccent(:q) OR f_unaccent(array_to_string(i.other_names, ' ')) ILIKE f_unaccent(:q))",
      { q: `%${escapeLike(query.q)}%` },
    );
  }
  if (query.fieldCode) {
    builder.andWhere(`(i.primary_field_code = ANY(${FIELD_TREE}) OR i.field_codes && ${FIELD_TREE})`, {
      fieldCode: query.fieldCode,
    });
  }
  if (query.degreeLevel) {
    builder.andWhere(
      `(SELECT e.level FROM education e WHERE e.intellectual_id = i.id
        ORDER BY array_position(CAST(:ranking AS text[]), e.level) LIMIT 1) = :degreeLevel`,
      { ranking: DEGREE_RANKING, degreeLevel: query.degreeLevel },
    );
  }
  if (query.academicTitle) {
    builder.andWhere(`i.academic_title->>'code' = :academicTitle`, { academicTitle: query.academicTitle });
  }
  for (const field of ['communeCode', 'organizationId', 'sector', 'gender', 'status'] as const) {
    if (query[field] !== undefined) builder.andWhere(`i.${field} = :${field}`, { [field]: query[field] });
  }
  if (query.overseas !== undefined) {
    builder.andWhere(query.overseas ? `i.country_code <> 'VN'` : `i.country_code = 'VN'`);
  }
  if (query.verified !== undefined) builder.andWhere(query.verified ? VERIFIED : `NOT ${VERIFIED}`);
}

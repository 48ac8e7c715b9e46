import { foldVietnamese } from '../../common/text/normalize';
import type { EducationDto } from '../../intellectuals';
import {
  FIELD_GROUPS,
  type CreateIntellectualDto,
  type ProfileFactsDto,
  type ProfileField,
  importableFacts,
  planFacts,
} from '../../intellectuals';
import type { Education } from '../../intellectuals';
import type { Intellectual } from '../../intellectuals';

/** What applying a row to a stored profile would change: facts to set, and a degree to add. */
export interface RowChanges {
  facts: Partial<ProfileFactsDto>;
  education: EducationDto | null;
  /** Facts the row gives otherwise than an officer verified them: kept, for the officer to review. */
  held: Array<{ field: ProfileField; stored: unknown; row: unknown }>;
}

/**
 * Compares a row with a stored profile the way the profile writer does (planFacts). Only the cells
 * the row fills count (an empty cell never clears a fact); the row's field is added to the
 * profile's fields, not put in their place; its degree is new unless one with the same level and
 * institution (and year, when given) is on file.
 */
export function rowChanges(
  dto: CreateIntellectualDto,
  existing: Intellectual,
  educations: Education[],
): RowChanges {
  const { educations: rowEducations, fieldCodes, ...facts } = dto;
  const input: Partial<ProfileFactsDto> & { source?: unknown } = { ...facts };
  delete input.source;
  if (fieldCodes?.some((code) => !existing.fieldCodes.includes(code))) {
    input.fieldCodes = [...new Set([...existing.fieldCodes, ...fieldCodes])];
  }
  const importable = importableFacts(existing, input);
  const plan = planFacts(existing, importable);
  const verified = (field: ProfileField) =>
    existing.provenance[FIELD_GROUPS[field]]?.verification === 'verified';
  const changed = Object.fromEntries(
    plan.fields.filter((field) => !verified(field)).map((field) => [field, input[field]]),
  ) as Partial<ProfileFactsDto>;
  // An HR file never silently turns a verified fact unverified; the fields the row names are reported.
  const held = plan.fields
    .filter((field) => verified(field) && importable[field] !== undefined)
    .map((field) => ({ field, stored: existing[field], row: importable[field] }));
  const education = rowEducations?.[0] ?? null;
  const known = education !== null && educations.some((stored) => sameEducation(education, stored));
  return { facts: changed, education: education && !known ? education : null, held };
}

export function hasChanges(changes: RowChanges): boolean {
  return Object.keys(changes.facts).length > 0 || changes.education !== null;
}

function sameEducation(row: EducationDto, stored: Education): boolean {
  return (
    row.level === stored.level &&
    foldVietnamese(row.institution) === foldVietnamese(stored.institution) &&
    (row.year === undefined || row.year === null || row.year === stored.year)
  );
}

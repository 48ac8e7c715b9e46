import { FieldChanges } from '../audit';
import { FIELD_GROUPS, PROFILE_FIELDS, ProfileFactsDto, ProfileField } from './dto/profile.dto';
import { Intellectual } from './entities/intellectual.entity';
import { Education } from './entities/education.entity';
import { FactGroup, Provenance } from './entities/provenance';
import { importMayWrite } from './fact-ownership';
import { birthYear } from './summary/age-bands';
import { ProfileUnit } from './profile-writer';
import { MIN_AGE } from '../common/validation/fields';
import { factProblems } from './validation/profile-rules';
import { invalidInput } from './validation/reference-checker';

export type FactValues = Partial<Record<ProfileField, unknown>>;

const RESIDENCE: ProfileField[] = ['communeCode', 'provinceName', 'countryCode'];
const LISTS = new Set<ProfileField>(['otherNames', 'expertise', 'languages', 'fieldCodes', 'honoraryTitles']);

/** A planned change of top-level facts: the values that differ from the stored ones. */
export interface FactsPlan {
  values: FactValues;
  fields: ProfileField[];
  groups: FactGroup[];
}

/**
 * What writing `input` (absent: keep, null: clear) would change. Residence is one choice, so naming
 * any of its fields replaces the others; lists cleared with null become empty.
 */
export function planFacts(profile: Intellectual, input: Partial<ProfileFactsDto>): FactsPlan {
  const wanted: FactValues = {};
  for (const field of PROFILE_FIELDS) {
    if (input[field] !== undefined) wanted[field] = normalize(field, input[field]);
  }
  if (RESIDENCE.some((field) => field in wanted)) {
    wanted.communeCode ??= null;
    wanted.provinceName ??= null;
    wanted.countryCode ??= 'VN';
  }
  // One employer, named from the catalog or as free text: setting either replaces the other.
  if ('organizationId' in wanted || 'organizationName' in wanted) {
    wanted.organizationId ??= null;
    wanted.organizationName ??= null;
  }
  const fields = PROFILE_FIELDS.filter(
    (field) => field in wanted && JSON.stringify(wanted[field]) !== JSON.stringify(current(profile, field)),
  );
  const values = Object.fromEntries(fields.map((field) => [field, wanted[field]])) as FactValues;
  return { values, fields, groups: [...new Set(fields.map((field) => FIELD_GROUPS[field]))] };
}

/**
 * The facts of `input` an HR import may write into `profile`: without the groups the person owns and
 * has declared (FACT_OWNERSHIP), which the import never overwrites.
 */
export function importableFacts(
  profile: Intellectual,
  input: Partial<ProfileFactsDto>,
): Partial<ProfileFactsDto> {
  return Object.fromEntries(
    PROFILE_FIELDS.filter(
      (field) =>
        input[field] !== undefined &&
        importMayWrite(FIELD_GROUPS[field], profile.provenance[FIELD_GROUPS[field]]?.source),
    ).map((field) => [field, input[field]]),
  );
}

/** The top-level facts as they would be after the plan, for cross-field rules. */
export function factsAfter(profile: Intellectual, plan: FactsPlan): FactValues {
  const facts = Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, current(profile, field)]),
  ) as FactValues;
  return { ...facts, ...plan.values };
}

/** Applies a plan to the locked root, stamping the changed groups' provenance; returns the audit diff. */
export function applyFacts(profile: Intellectual, plan: FactsPlan, provenance: Provenance): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of plan.fields) {
    changes[field] = { before: current(profile, field) ?? null, after: plan.values[field] ?? null };
    (profile as unknown as Record<string, unknown>)[field] = plan.values[field];
  }
  profile.provenance = {
    ...profile.provenance,
    ...Object.fromEntries(plan.groups.map((group) => [group, provenance])),
  };
  return changes;
}

function current(profile: Intellectual, field: ProfileField): unknown {
  return (profile as unknown as Record<string, unknown>)[field] ?? null;
}

/** Plain JSON values (DTO instances become objects without undefined members). */
function normalize(field: ProfileField, value: unknown): unknown {
  if (value === null) {
    if (LISTS.has(field)) return [];
    if (field === 'countryCode') return 'VN';
    if (field === 'status') return 'active';
    return null;
  }
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Cross-field rules on the state the plan produces; 400 naming the fields when broken. */
export async function assertValidFacts(unit: ProfileUnit, plan: FactsPlan): Promise<void> {
  const after = factsAfter(unit.profile, plan);
  const problems = factProblems(after);
  if (plan.fields.includes('birthDate')) {
    const educations = await unit.manager.find(Education, { where: { intellectualId: unit.profile.id } });
    const born = birthYear(after.birthDate as string | null);
    if (born && educations.some((item) => item.year !== null && item.year < born + MIN_AGE)) {
      problems.push({
        field: 'birthDate',
        message: `birthDate is less than ${MIN_AGE} years before a degree year in educations`,
        messageVi: `birthDate cách năm tốt nghiệp trong educations chưa đủ ${MIN_AGE} năm`,
      });
    }
  }
  if (problems.length) throw invalidInput(problems);
}

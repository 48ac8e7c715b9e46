import type { Schemas } from '../../api/client';
import type { CatalogName } from '../../features/catalog/use-catalog';
import { compositeFromForm } from '../../features/profile/model';

export type Profile = Schemas['IntellectualView'];
export type Field = keyof Schemas['SelfUpdateDto'];
export type FactGroup = keyof Schemas['ProvenanceByGroupView'];
export type PartKind = Schemas['PartCorrectionDto']['part'];
export type Source = Schemas['ProvenanceView']['source'];

/** Every value of a contract enum, checked against it: a value missing here fails to compile. */
export function allOf<T extends string>() {
  return <const A extends readonly T[]>(
    values: A,
    ..._complete: [Exclude<T, A[number]>] extends [never] ? [] : [missing: Exclude<T, A[number]>]
  ): A => values;
}

export const GENDERS = allOf<NonNullable<Schemas['SelfUpdateDto']['gender']>>()(['male', 'female']);
export const SECTORS = allOf<NonNullable<Schemas['SelfUpdateDto']['sector']>>()([
  'state_agency',
  'public_service_unit',
  'university',
  'research_institute',
  'enterprise',
  'association',
  'overseas',
  'independent',
]);
export const STATUSES = allOf<NonNullable<Schemas['SelfUpdateDto']['status']>>()([
  'active',
  'retired',
  'deceased',
]);
export const ACADEMIC_TITLES = allOf<Schemas['AcademicTitleDto']['code']>()([
  'associate_professor',
  'professor',
]);
export const DEGREE_LEVELS = allOf<Schemas['EducationView']['level']>()([
  'bachelor',
  'engineer',
  'master',
  'doctorate',
  'doctor_of_science',
  'specialist_1',
  'specialist_2',
  'resident',
]);
export const RELATION_KINDS = allOf<Schemas['RelationView']['kind']>()([
  'family',
  'advisor_student',
  'business_partner',
  'colleague',
  'co_author',
  'other',
]);
export const INDEX_CLASSES = allOf<Schemas['PublicationView']['indexClass']>()([
  'SCIE',
  'SSCI',
  'AHCI',
  'ESCI',
  'Scopus',
  'domestic_scored',
  'other',
]);

/** The message key of each enum's labels in the `me` catalog (enums.<name>.<value>). */
export type EnumName =
  'gender' | 'sector' | 'status' | 'academicTitle' | 'degreeLevel' | 'relationKind' | 'indexClass';
const ENUM_VALUES: Record<EnumName, readonly string[]> = {
  gender: GENDERS,
  sector: SECTORS,
  status: STATUSES,
  academicTitle: ACADEMIC_TITLES,
  degreeLevel: DEGREE_LEVELS,
  relationKind: RELATION_KINDS,
  indexClass: INDEX_CLASSES,
};
export const enumValues = (name: EnumName): readonly string[] => ENUM_VALUES[name];

/** How a fact is entered and shown. */
export type InputSpec =
  | { kind: 'text' | 'textarea' | 'email' | 'date' | 'number' | 'tags' }
  | { kind: 'enum'; values: EnumName }
  | { kind: 'catalog'; catalog: CatalogName; multiple?: boolean }
  | { kind: 'academicTitle' }
  /** Entered with the officers' composite inputs (features/profile/CompositeInputs). */
  | { kind: 'hometown' | 'honoraryTitles' | 'civilService' };

/**
 * The top-level facts the page shows, by the group whose provenance they carry (the server's
 * FIELD_GROUPS; organizationId is shown through organizationName).
 */
export const FACT_SECTIONS = [
  {
    group: 'identity',
    fields: [
      'fullName',
      'otherNames',
      'gender',
      'birthDate',
      'ethnicGroupCode',
      'nationalId',
      'hometown',
      'homeAddress',
      'disability',
    ],
  },
  { group: 'residence', fields: ['communeCode', 'provinceName', 'countryCode'] },
  { group: 'employment', fields: ['organizationName', 'position', 'sector', 'civilService', 'status'] },
  { group: 'titles', fields: ['academicTitle', 'honoraryTitles'] },
  { group: 'contact', fields: ['email', 'phone'] },
  { group: 'expertise', fields: ['biography', 'expertise', 'languages', 'primaryFieldCode', 'fieldCodes'] },
  { group: 'overseas', fields: ['overseasInfo'] },
] as const satisfies ReadonlyArray<{ group: FactGroup; fields: readonly Field[] }>;

export type ShownField = (typeof FACT_SECTIONS)[number]['fields'][number];

/**
 * The facts with a form input, for the person's own edits and for correction requests. The overseas
 * details are shown here but changed in the overseas network's pages.
 */
export const FIELD_INPUTS: Partial<Record<ShownField, InputSpec>> = {
  fullName: { kind: 'text' },
  otherNames: { kind: 'tags' },
  gender: { kind: 'enum', values: 'gender' },
  birthDate: { kind: 'date' },
  ethnicGroupCode: { kind: 'catalog', catalog: 'ethnic-groups' },
  nationalId: { kind: 'text' },
  hometown: { kind: 'hometown' },
  homeAddress: { kind: 'text' },
  disability: { kind: 'text' },
  communeCode: { kind: 'catalog', catalog: 'communes' },
  provinceName: { kind: 'text' },
  countryCode: { kind: 'catalog', catalog: 'countries' },
  organizationName: { kind: 'text' },
  position: { kind: 'text' },
  sector: { kind: 'enum', values: 'sector' },
  civilService: { kind: 'civilService' },
  status: { kind: 'enum', values: 'status' },
  academicTitle: { kind: 'academicTitle' },
  honoraryTitles: { kind: 'honoraryTitles' },
  email: { kind: 'email' },
  phone: { kind: 'text' },
  biography: { kind: 'textarea' },
  expertise: { kind: 'tags' },
  languages: { kind: 'tags' },
  primaryFieldCode: { kind: 'catalog', catalog: 'fields' },
  fieldCodes: { kind: 'catalog', catalog: 'fields', multiple: true },
};

/** The facts of the part items one may ask to correct, and those a person adds to their own parts. */
export const PART_INPUTS = {
  educations: {
    level: { kind: 'enum', values: 'degreeLevel' },
    institution: { kind: 'text' },
    major: { kind: 'text' },
    year: { kind: 'number' },
  },
  employments: {
    organizationName: { kind: 'text' },
    position: { kind: 'text' },
    fromYear: { kind: 'number' },
    toYear: { kind: 'number' },
  },
  relations: {
    kind: { kind: 'enum', values: 'relationKind' },
    fromYear: { kind: 'number' },
    toYear: { kind: 'number' },
    note: { kind: 'text' },
  },
  publications: {
    title: { kind: 'text' },
    year: { kind: 'number' },
    venue: { kind: 'text' },
    indexClass: { kind: 'enum', values: 'indexClass' },
    doi: { kind: 'text' },
  },
  intellectualProperties: { title: { kind: 'text' }, number: { kind: 'text' }, year: { kind: 'number' } },
  researchProjects: {
    title: { kind: 'text' },
    code: { kind: 'text' },
    startYear: { kind: 'number' },
    endYear: { kind: 'number' },
  },
  awards: { name: { kind: 'text' }, issuer: { kind: 'text' }, year: { kind: 'number' } },
  supervisions: { studentName: { kind: 'text' }, thesisTitle: { kind: 'text' }, year: { kind: 'number' } },
  memberships: {
    associationName: { kind: 'text' },
    role: { kind: 'text' },
    fromYear: { kind: 'number' },
    toYear: { kind: 'number' },
  },
} as const satisfies Record<PartKind, Record<string, InputSpec>>;

export const PART_KINDS = Object.keys(PART_INPUTS) as PartKind[];

export type FormValue =
  | string
  | number
  | string[]
  | { code?: string; year?: number | null }
  | Record<string, unknown>
  | Array<Record<string, unknown>>
  | null
  | undefined;

/** The API's value as the form holds it: empty text is '', an absent choice undefined. */
export function toFormValue(spec: InputSpec, value: unknown): FormValue {
  switch (spec.kind) {
    case 'tags':
      return Array.isArray(value) ? (value as string[]) : [];
    case 'catalog':
      if (spec.multiple) return Array.isArray(value) ? (value as string[]) : [];
      return typeof value === 'string' ? value : undefined;
    case 'enum':
      return typeof value === 'string' ? value : undefined;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'academicTitle': {
      const title = value as Schemas['AcademicTitleDto'] | null | undefined;
      return title ? { code: title.code, year: title.year } : {};
    }
    case 'hometown':
    case 'civilService':
      return (value as Record<string, unknown> | null | undefined) ?? {};
    case 'honoraryTitles':
      return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
    case 'text':
    case 'textarea':
    case 'email':
    case 'date':
      return typeof value === 'string' ? value : '';
  }
}

/** The form's value as the API takes it: blank text, no choice and an incomplete title are null. */
export function fromFormValue(spec: InputSpec, value: FormValue): unknown {
  switch (spec.kind) {
    case 'tags':
      return trimmedList(value);
    case 'catalog':
      if (spec.multiple) return trimmedList(value);
      return typeof value === 'string' && value !== '' ? value : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'academicTitle': {
      const title = (value ?? {}) as { code?: string; year?: number | null };
      return title.code && typeof title.year === 'number' ? { code: title.code, year: title.year } : null;
    }
    case 'hometown':
    case 'civilService':
    case 'honoraryTitles':
      return compositeFromForm(spec.kind, value);
    case 'enum':
    case 'text':
    case 'textarea':
    case 'email':
    case 'date': {
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? null : text;
    }
  }
}

const trimmedList = (value: FormValue): string[] =>
  Array.isArray(value)
    ? value
        .filter((item): item is string => typeof item === 'string')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

/** Whether two API values mean the same fact (null, absent and an empty list are one "nothing"). */
export function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown) =>
    value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

/** The value a profile holds for a field, for display and for prefilling forms. */
export function factValue(profile: Profile, field: ShownField): unknown {
  return (profile as Record<string, unknown>)[field];
}

export function isLocked(profile: Profile, fact: string): boolean {
  return profile.lockedFacts?.includes(fact) ?? false;
}

/**
 * Who a fact came from, as the person reads it: Sở Nội vụ (its HR import or an officer), the
 * association, or the person.
 */
export function sourceOwner(source: Source | undefined): 'records' | 'association' | 'self' | undefined {
  if (source === 'hr_import' || source === 'officer') return 'records';
  if (source === 'association') return 'association';
  return source === 'self_declared' ? 'self' : undefined;
}

/** The facts the person may change in their own edit form: with an input, and not locked. */
export function editableFields(profile: Profile): ShownField[] {
  return FACT_SECTIONS.flatMap((section) => section.fields as readonly ShownField[]).filter(
    (field) => FIELD_INPUTS[field] !== undefined && !isLocked(profile, field),
  );
}

/** PATCH /me's body: only the fields whose value the person changed (others stay as they are). */
export function selfUpdateBody(
  profile: Profile,
  fields: readonly ShownField[],
  values: Partial<Record<ShownField, FormValue>>,
): Schemas['SelfUpdateDto'] {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const spec = FIELD_INPUTS[field];
    if (!spec || !(field in values)) continue;
    const next = fromFormValue(spec, values[field]);
    if (!sameValue(next, factValue(profile, field))) body[field] = next;
  }
  return body;
}

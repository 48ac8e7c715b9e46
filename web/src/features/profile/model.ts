import type { Schemas } from '../../api/client';
import type { CatalogName } from '../catalog/use-catalog';

export type Profile = Schemas['IntellectualView'];
export type HistoryEvent = Schemas['HistoryEventView'];
export type FactGroup = Schemas['FactGroup'];
export type ProvenanceView = Schemas['ProvenanceView'];
export type VerificationView = Schemas['VerificationView'];

export const PART_KINDS = [
  'educations',
  'employments',
  'publications',
  'intellectualProperties',
  'researchProjects',
  'awards',
  'supervisions',
  'memberships',
  'relations',
] as const;
export type PartKind = (typeof PART_KINDS)[number];
/** The URL segment of each kind's routes (/intellectuals/{id}/{segment}). */
export const PART_SEGMENTS = {
  educations: 'educations',
  employments: 'employments',
  publications: 'publications',
  intellectualProperties: 'intellectual-properties',
  researchProjects: 'research-projects',
  awards: 'awards',
  supervisions: 'supervisions',
  memberships: 'memberships',
  relations: 'relations',
} as const satisfies Record<PartKind, string>;
export type PartItem = Record<string, unknown> & {
  id: string;
  source?: ProvenanceView['source'];
  verification?: VerificationView;
};

/**
 * How a value is edited: a line, a paragraph, a list (one value a line), a date, a year, one of a
 * fixed list (labelled from the catalog key `labels`), one or several codes of a server catalog, or
 * a composite fact (hometown, academic title with its year, honorary titles, civil-service rank).
 */
export type FieldInput =
  | { kind: 'text'; required?: boolean }
  | { kind: 'textarea' }
  | { kind: 'lines' }
  | { kind: 'date' }
  | { kind: 'year'; required?: boolean }
  | { kind: 'enum'; values: readonly string[]; labels: string; required?: boolean }
  | { kind: 'catalog'; catalog: CatalogName }
  | { kind: 'catalogList'; catalog: CatalogName }
  | { kind: 'hometown' }
  | { kind: 'academicTitle' }
  | { kind: 'honoraryTitles' }
  | { kind: 'civilService' };

export type ProfileField = Schemas['ProfileField'];

const GENDERS = ['male', 'female'] as const;
const STATUSES = ['active', 'retired', 'deceased'] as const;
const SECTORS = [
  'state_agency',
  'public_service_unit',
  'university',
  'research_institute',
  'enterprise',
  'association',
  'overseas',
  'independent',
] as const;

/**
 * How an officer edits each top-level fact. Which group a fact belongs to (its provenance and
 * verification) is the server's: GET /intellectuals/fact-groups (useFactGroups). Facts without an
 * input here (overseasInfo) are shown but edited by imports and corrections.
 */
export const FACT_INPUTS: Partial<Record<ProfileField, FieldInput>> = {
  fullName: { kind: 'text', required: true },
  otherNames: { kind: 'lines' },
  gender: { kind: 'enum', values: GENDERS, labels: 'genders' },
  birthDate: { kind: 'date' },
  nationalId: { kind: 'text' },
  ethnicGroupCode: { kind: 'catalog', catalog: 'ethnic-groups' },
  hometown: { kind: 'hometown' },
  disability: { kind: 'text' },
  homeAddress: { kind: 'text' },
  communeCode: { kind: 'catalog', catalog: 'communes' },
  provinceName: { kind: 'text' },
  countryCode: { kind: 'catalog', catalog: 'countries' },
  email: { kind: 'text' },
  phone: { kind: 'text' },
  biography: { kind: 'textarea' },
  expertise: { kind: 'lines' },
  languages: { kind: 'lines' },
  primaryFieldCode: { kind: 'catalog', catalog: 'fields' },
  fieldCodes: { kind: 'catalogList', catalog: 'fields' },
  academicTitle: { kind: 'academicTitle' },
  honoraryTitles: { kind: 'honoraryTitles' },
  organizationId: { kind: 'catalog', catalog: 'organizations' },
  position: { kind: 'text' },
  sector: { kind: 'enum', values: SECTORS, labels: 'sectors' },
  civilService: { kind: 'civilService' },
  status: { kind: 'enum', values: STATUSES, labels: 'statuses', required: true },
};

/** Facts the API derives for callers who may not see the fact itself, shown right after it. */
export const DERIVED_FACTS: Partial<Record<ProfileField, keyof Profile>> = { birthDate: 'birthYear' };

/** One fact group as GET /intellectuals/fact-groups answers it. */
export type FactGroupFields = Schemas['FactGroupView'];

export interface PartField {
  name: string;
  input: FieldInput;
}

const DEGREES = [
  'bachelor',
  'engineer',
  'master',
  'doctorate',
  'doctor_of_science',
  'specialist_1',
  'specialist_2',
  'resident',
] as const;

/** The facts of each part kind an officer edits here (the API's part DTOs; required ones marked). */
export const PART_FIELDS: Record<PartKind, readonly PartField[]> = {
  educations: [
    { name: 'level', input: { kind: 'enum', values: DEGREES, labels: 'degrees', required: true } },
    { name: 'institution', input: { kind: 'text', required: true } },
    { name: 'major', input: { kind: 'text' } },
    { name: 'fieldCode', input: { kind: 'catalog', catalog: 'fields' } },
    { name: 'countryCode', input: { kind: 'catalog', catalog: 'countries' } },
    { name: 'year', input: { kind: 'year' } },
  ],
  employments: [
    { name: 'organizationId', input: { kind: 'catalog', catalog: 'organizations' } },
    { name: 'organizationName', input: { kind: 'text' } },
    { name: 'position', input: { kind: 'text' } },
    { name: 'fromYear', input: { kind: 'year' } },
    { name: 'toYear', input: { kind: 'year' } },
  ],
  publications: [
    { name: 'title', input: { kind: 'textarea' } },
    { name: 'year', input: { kind: 'year', required: true } },
    {
      name: 'indexClass',
      input: {
        kind: 'enum',
        values: ['SCIE', 'SSCI', 'AHCI', 'ESCI', 'Scopus', 'domestic_scored', 'other'],
        labels: 'partValues.indexClass',
        required: true,
      },
    },
    { name: 'venue', input: { kind: 'text' } },
    { name: 'doi', input: { kind: 'text' } },
    {
      name: 'authorRole',
      input: {
        kind: 'enum',
        values: ['first_author', 'corresponding_author', 'co_author'],
        labels: 'partValues.authorRole',
      },
    },
    { name: 'coAuthors', input: { kind: 'lines' } },
  ],
  intellectualProperties: [
    {
      name: 'kind',
      input: {
        kind: 'enum',
        values: ['patent', 'utility_solution', 'industrial_design', 'plant_variety'],
        labels: 'partValues.ipKind',
        required: true,
      },
    },
    { name: 'title', input: { kind: 'text', required: true } },
    { name: 'number', input: { kind: 'text' } },
    { name: 'issuer', input: { kind: 'text' } },
    { name: 'year', input: { kind: 'year' } },
    {
      name: 'status',
      input: { kind: 'enum', values: ['filed', 'granted', 'expired'], labels: 'partValues.ipStatus' },
    },
  ],
  researchProjects: [
    { name: 'title', input: { kind: 'text', required: true } },
    { name: 'code', input: { kind: 'text' } },
    {
      name: 'level',
      input: {
        kind: 'enum',
        values: ['national', 'ministerial', 'provincial', 'grassroots'],
        labels: 'partValues.projectLevel',
        required: true,
      },
    },
    {
      name: 'role',
      input: { kind: 'enum', values: ['lead', 'secretary', 'member'], labels: 'partValues.projectRole' },
    },
    { name: 'startYear', input: { kind: 'year' } },
    { name: 'endYear', input: { kind: 'year' } },
    { name: 'outcome', input: { kind: 'textarea' } },
  ],
  awards: [
    { name: 'name', input: { kind: 'text', required: true } },
    { name: 'prizeCode', input: { kind: 'catalog', catalog: 'prizes' } },
    {
      name: 'level',
      input: {
        kind: 'enum',
        values: ['international', 'national', 'ministerial', 'provincial', 'other'],
        labels: 'partValues.awardLevel',
      },
    },
    { name: 'issuer', input: { kind: 'text' } },
    { name: 'year', input: { kind: 'year' } },
  ],
  supervisions: [
    { name: 'studentName', input: { kind: 'text', required: true } },
    { name: 'thesisTitle', input: { kind: 'text' } },
    {
      name: 'level',
      input: {
        kind: 'enum',
        values: ['master', 'doctorate'],
        labels: 'partValues.supervisionLevel',
        required: true,
      },
    },
    { name: 'year', input: { kind: 'year' } },
  ],
  memberships: [
    { name: 'organizationId', input: { kind: 'catalog', catalog: 'organizations' } },
    { name: 'associationName', input: { kind: 'text' } },
    { name: 'role', input: { kind: 'text' } },
    { name: 'fromYear', input: { kind: 'year' } },
    { name: 'toYear', input: { kind: 'year' } },
  ],
  relations: [
    { name: 'relatedIntellectualId', input: { kind: 'text', required: true } },
    {
      name: 'kind',
      input: {
        kind: 'enum',
        values: ['family', 'advisor_student', 'business_partner', 'colleague', 'co_author', 'other'],
        labels: 'partValues.relationKind',
        required: true,
      },
    },
    { name: 'fromYear', input: { kind: 'year' } },
    { name: 'toYear', input: { kind: 'year' } },
    { name: 'note', input: { kind: 'text' } },
  ],
};

/** Form values (what the inputs hold) from API values: lists as lines, absent as empty. */
export function toForm(
  values: Readonly<Record<string, unknown>>,
  fields: ReadonlyArray<{ name: string; input: FieldInput }>,
) {
  return Object.fromEntries(
    fields.map(({ name, input }) => {
      const value = values[name];
      switch (input.kind) {
        case 'lines':
          return [name, Array.isArray(value) ? value.join('\n') : ''];
        case 'catalogList':
        case 'honoraryTitles':
          return [name, Array.isArray(value) ? value : []];
        case 'hometown':
        case 'academicTitle':
        case 'civilService':
          return [name, value ?? {}];
        case 'text':
        case 'textarea':
        case 'date':
        case 'year':
        case 'enum':
        case 'catalog':
          return [name, value ?? undefined];
      }
    }),
  );
}

const filled = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const year = (value: unknown): number | undefined =>
  value === undefined || value === null || value === '' ? undefined : Number(value);
/** An object without its absent members, or null when none is left. */
const compact = (value: Record<string, unknown>) => {
  const present = Object.entries(value).filter(([, member]) => member !== undefined);
  return present.length > 0 ? Object.fromEntries(present) : null;
};

/** A composite fact's API value from its input's: null (or no titles) when its key member is empty. */
export function compositeFromForm(
  kind: 'hometown' | 'academicTitle' | 'civilService' | 'honoraryTitles',
  value: unknown,
): unknown {
  if (kind === 'honoraryTitles')
    return (Array.isArray(value) ? (value as Array<Record<string, unknown> | undefined>) : [])
      .filter((title) => filled(title?.code))
      .map((title) => compact({ code: title!.code, year: year(title!.year) }));
  const form = (value ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'hometown':
      return compact({ communeCode: filled(form.communeCode), text: filled(form.text) });
    case 'academicTitle':
      return filled(form.code) ? { code: form.code, year: year(form.year) } : null;
    case 'civilService':
      return filled(form.rankCode) ? compact({ rankCode: form.rankCode, grade: filled(form.grade) }) : null;
  }
}

/** API values from form values: lines to lists, years to numbers, empty to null. */
export function fromForm(
  form: Readonly<Record<string, unknown>>,
  fields: ReadonlyArray<{ name: string; input: FieldInput }>,
) {
  return Object.fromEntries(
    fields.map(({ name, input }) => {
      const value = form[name];
      switch (input.kind) {
        case 'lines':
          return [
            name,
            (typeof value === 'string' ? value : '')
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          ];
        case 'catalogList':
          return [name, Array.isArray(value) ? value : []];
        case 'hometown':
        case 'academicTitle':
        case 'civilService':
        case 'honoraryTitles':
          return [name, compositeFromForm(input.kind, value)];
        case 'year': {
          if (value === undefined || value === null || value === '') return [name, null];
          const number = Number(value);
          return [name, Number.isFinite(number) ? number : value];
        }
        case 'text':
        case 'textarea':
        case 'date':
          return [name, typeof value === 'string' && value.trim() !== '' ? value : null];
        case 'enum':
        case 'catalog':
          return [name, value ?? null];
      }
    }),
  );
}

/** The values of `fields` in a profile or part item, as the API holds them. */
export function pick(values: Readonly<Record<string, unknown>>, fields: ReadonlyArray<{ name: string }>) {
  return Object.fromEntries(fields.map(({ name }) => [name, values[name] ?? null]));
}

/**
 * The facts this caller may edit here, by fact group (the server's, in its order): those with an
 * input that the profile shows them.
 */
export function editableFacts(
  profile: Profile,
  groups: readonly FactGroupFields[],
): Array<{ group: FactGroup; fields: Array<{ name: ProfileField; input: FieldInput }> }> {
  return groups
    .map(({ group, fields }) => ({
      group,
      fields: fields.flatMap((name) => {
        const input = FACT_INPUTS[name];
        return input && name in profile ? [{ name, input }] : [];
      }),
    }))
    .filter(({ fields }) => fields.length > 0);
}

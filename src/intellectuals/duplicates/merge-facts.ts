import { ProfileField } from '../dto/profile.dto';
import { Intellectual } from '../entities/intellectual.entity';
import { FactGroup, Provenance } from '../entities/provenance';
import { FACT_OWNERSHIP } from '../fact-ownership';

export const MERGE_SIDES = ['survivor', 'other'] as const;
/** Whose value a merged single-valued fact keeps: the survivor's or the other record's. */
export type MergeSide = (typeof MERGE_SIDES)[number];

/**
 * The single-valued facts of a profile, each with the columns it spans. Residence and employer are
 * one fact each: their columns are alternatives of one choice (a commune, a province or a country;
 * a catalog organization or a free-text name), so they are never mixed from both records.
 */
export const SINGLE_FACTS = {
  fullName: ['fullName'],
  gender: ['gender'],
  birthDate: ['birthDate'],
  ethnicGroupCode: ['ethnicGroupCode'],
  nationalId: ['nationalId'],
  hometown: ['hometown'],
  disability: ['disability'],
  homeAddress: ['homeAddress'],
  residence: ['communeCode', 'provinceName', 'countryCode'],
  email: ['email'],
  phone: ['phone'],
  biography: ['biography'],
  primaryFieldCode: ['primaryFieldCode'],
  academicTitle: ['academicTitle'],
  employer: ['organizationId', 'organizationName'],
  position: ['position'],
  sector: ['sector'],
  civilService: ['civilService'],
  status: ['status'],
  overseasInfo: ['overseasInfo'],
} as const satisfies Record<string, readonly ProfileField[]>;
export type SingleFact = keyof typeof SINGLE_FACTS;
export const SINGLE_FACT_NAMES = Object.keys(SINGLE_FACTS) as SingleFact[];

/** Facts that hold several values: the merged record has the values of both. */
export const LIST_FACTS = [
  'otherNames',
  'expertise',
  'languages',
  'fieldCodes',
  'honoraryTitles',
] as const satisfies readonly ProfileField[];

export type MergeChoices = Partial<Record<SingleFact, MergeSide>>;

/** Both records hold a different value of one fact and the request did not say which to keep. */
export interface FactConflict {
  fact: SingleFact;
  survivor: unknown;
  other: unknown;
}

/** What merging the other record's facts into the survivor does. */
export interface FactsMerge {
  /** The survivor's columns that change, with their new values. */
  values: Partial<Record<ProfileField, unknown>>;
  /** The value each conflicting fact loses, by fact: it survives only in the audit. */
  discarded: Partial<Record<SingleFact, unknown>>;
  /** Conflicts without a choice: the merge cannot proceed. */
  conflicts: FactConflict[];
  /** Choices about facts on which the records do not conflict. */
  needlessChoices: SingleFact[];
}

/**
 * Plans the merge of the top-level facts: a fact only the other record has is taken over, lists are
 * united, and a fact both records hold with different values keeps the side `choices` names.
 */
export function mergeFacts(survivor: Intellectual, other: Intellectual, choices: MergeChoices): FactsMerge {
  const plan: FactsMerge = { values: {}, discarded: {}, conflicts: [], needlessChoices: [] };
  for (const fact of SINGLE_FACT_NAMES) {
    const kept = factValue(survivor, fact);
    const incoming = factValue(other, fact);
    const choice = choices[fact];
    const conflicting = !isEmptyFact(fact, kept) && !isEmptyFact(fact, incoming) && !same(kept, incoming);
    if (!conflicting) {
      if (choice !== undefined) plan.needlessChoices.push(fact);
      if (isEmptyFact(fact, kept) && !isEmptyFact(fact, incoming)) Object.assign(plan.values, incoming);
      continue;
    }
    if (choice === undefined) {
      plan.conflicts.push({ fact, survivor: unwrap(fact, kept), other: unwrap(fact, incoming) });
      continue;
    }
    plan.discarded[fact] = unwrap(fact, choice === 'survivor' ? incoming : kept);
    if (choice === 'other') Object.assign(plan.values, incoming);
  }
  for (const field of LIST_FACTS) {
    const kept = (survivor[field] ?? []) as unknown[];
    const added = ((other[field] ?? []) as unknown[]).filter((value) => !kept.some((k) => same(k, value)));
    if (added.length) plan.values[field] = [...kept, ...added];
  }
  return plan;
}

/**
 * The provenance of a fact group that took values from the other record: verified only if both
 * records' were, and from the source of the group's owner (FACT_OWNERSHIP) if either record has it,
 * so that the merge protects the group as much as the stronger record did: a records-owned group from
 * self-service edits, a person-owned group from imports.
 */
export function mergedProvenance(
  group: FactGroup,
  kept: Provenance | undefined,
  taken: Provenance,
): Provenance {
  if (!kept) return taken;
  const fromOwner = (provenance: Provenance) =>
    (FACT_OWNERSHIP[group] === 'person') === (provenance.source === 'self_declared');
  const source = fromOwner(kept) || !fromOwner(taken) ? kept.source : taken.source;
  if (kept.verification === 'verified' && taken.verification === 'verified') return { ...kept, source };
  return { source, verification: 'unverified', verifiedBy: null, verifiedAt: null };
}

type FactValue = Partial<Record<ProfileField, unknown>>;

function factValue(profile: Intellectual, fact: SingleFact): FactValue {
  const record = profile as unknown as Record<ProfileField, unknown>;
  return Object.fromEntries(SINGLE_FACTS[fact].map((field) => [field, record[field] ?? null]));
}

/** A one-column fact as its plain value; residence and employer as their columns. */
function unwrap(fact: SingleFact, value: FactValue): unknown {
  const fields = SINGLE_FACTS[fact] as readonly ProfileField[];
  return fields.length === 1 ? value[fields[0]] : value;
}

function isEmptyFact(fact: SingleFact, value: FactValue): boolean {
  // the country defaults to VN, so a residence without commune or province is no residence at all
  if (fact === 'residence') {
    return !value.communeCode && !value.provinceName && (value.countryCode ?? 'VN') === 'VN';
  }
  return Object.values(value).every((column) => column === null || column === '');
}

/** Equal as JSON regardless of key order (jsonb columns such as hometown or academicTitle). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, member]) => member !== undefined && member !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, member]) => [key, canonical(member)]),
    );
  }
  return value;
}

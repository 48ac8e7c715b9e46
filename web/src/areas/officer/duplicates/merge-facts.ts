import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client';
import type { NameOf } from '../../../features/catalog/use-catalog';
import { factText } from '../corrections/fact-text';

type Profile = Schemas['IntellectualView'];

/**
 * The single-valued facts a merge asks a choice for, with the profile fields each spans: residence and
 * employer are chosen as a whole (their columns are alternatives). Typed by the contract, so a fact
 * added to MergeChoicesDto fails the type check until it is shown here.
 */
export const MERGE_FACTS: Record<keyof Schemas['MergeChoicesDto'], readonly (keyof Profile)[]> = {
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
  employer: ['organizationName'],
  position: ['position'],
  sector: ['sector'],
  civilService: ['civilService'],
  status: ['status'],
  overseasInfo: ['overseasInfo'],
};

export type MergeFact = keyof typeof MERGE_FACTS;

/** Facts with several values: the merged record has both records' values, no choice needed. */
export const LIST_FACTS = ['otherNames', 'expertise', 'languages', 'fieldCodes', 'honoraryTitles'] as const;

/** A merge fact of one record as text: its fields' values, the empty ones left out. */
export function mergeFactText(
  profile: Profile,
  fact: MergeFact,
  t: TFunction<'imports'>,
  nameOf: NameOf,
): string {
  const texts = MERGE_FACTS[fact]
    .filter((field) => !isEmpty(profile[field]))
    .map((field) => factText(field, profile[field], t, nameOf));
  return texts.length ? texts.join(', ') : t('empty');
}

/** The facts a 409 MERGE_CHOICE_REQUIRED names (its errors are `choices.<fact>`). */
export function factsNeedingChoice(fields: readonly string[]): MergeFact[] {
  return fields
    .filter((field) => field.startsWith('choices.'))
    .map((field) => field.slice('choices.'.length))
    .filter((fact): fact is MergeFact => fact in MERGE_FACTS);
}

/** Whether both records hold a value of the fact and the values differ, as the officer sees them. */
export function factsDiffer(survivor: Profile, other: Profile, fact: MergeFact): boolean {
  const value = (profile: Profile) => MERGE_FACTS[fact].map((field) => profile[field] ?? null);
  const [kept, incoming] = [value(survivor), value(other)];
  if (kept.every(isEmpty) || incoming.every(isEmpty)) return false;
  return JSON.stringify(kept) !== JSON.stringify(incoming);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

import type { ProfileField } from '../../intellectuals';
import { ListName } from './import-columns';
import { listLabel, ReferenceLookups } from './reference-lookups';

const LIST_OF: Partial<Record<ProfileField, ListName>> = {
  communeCode: 'communes',
  countryCode: 'countries',
  ethnicGroupCode: 'ethnic-groups',
  primaryFieldCode: 'fields',
  fieldCodes: 'fields',
  organizationId: 'organizations',
};
const WORDS: Record<string, string> = {
  male: 'Nam',
  female: 'Nữ',
  active: 'Đang công tác',
  retired: 'Nghỉ hưu',
  deceased: 'Đã mất',
};

/**
 * A stored or imported fact as the template would write it: names from the lists instead of codes
 * and ids, dates as dd/mm/yyyy; empty text when there is none.
 */
export function factText(field: ProfileField, value: unknown, lookups: ReferenceLookups): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => factText(field, item, lookups)).join(', ');
  if (field === 'academicTitle' && typeof value === 'object') {
    const { code, year } = value as { code: string; year: number };
    return `${lookups.find('academic-titles', code)?.nameVi ?? code} (${year})`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const list = LIST_OF[field];
  if (list) {
    const entry = lookups.find(list, text);
    return entry ? listLabel(list, entry) : text;
  }
  if (field === 'birthDate') return text.split('-').reverse().join('/');
  return WORDS[text] ?? text;
}

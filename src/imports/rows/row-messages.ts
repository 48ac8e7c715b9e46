import { ColumnKey, HEADER_OF, LABEL_EN_OF } from './import-columns';
import { RowProblem } from './import-row';

/** The profile API field each column fills, to report the API's rules on the right column. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = {
  fullName: 'fullName',
  gender: 'gender',
  birthDate: 'birthDate',
  nationalId: 'nationalId',
  ethnicGroupCode: 'ethnicGroup',
  communeCode: 'commune',
  provinceName: 'province',
  countryCode: 'country',
  email: 'email',
  phone: 'phone',
  primaryFieldCode: 'field',
  fieldCodes: 'field',
  academicTitle: 'academicTitle',
  'academicTitle.code': 'academicTitle',
  'academicTitle.year': 'academicTitleYear',
  organizationId: 'organization',
  organizationName: 'organization',
  position: 'position',
  status: 'status',
  educations: 'degreeLevel',
  'educations.0': 'degreeLevel',
  'educations.0.level': 'degreeLevel',
  'educations.0.institution': 'institution',
  'educations.0.year': 'graduationYear',
};

/** Other API words that appear in the API's messages, and what a person reading the row calls them. */
const OTHER_TERMS: Record<string, { vi: string; en: string }> = {
  educations: { vi: 'các văn bằng đã có', en: 'the degrees on file' },
  communes: { vi: 'xã/phường', en: 'communes' },
  countries: { vi: 'quốc gia', en: 'countries' },
  'ethnic-groups': { vi: 'dân tộc', en: 'ethnic groups' },
  fields: { vi: 'lĩnh vực', en: 'fields' },
  'degree-levels': { vi: 'trình độ', en: 'degree levels' },
  'academic-titles': { vi: 'học hàm', en: 'academic titles' },
  organizations: { vi: 'cơ quan', en: 'organizations' },
};

interface Term {
  id: string;
  vi: string;
  en: string;
  /** English words (gender, position…) are replaced in English text only where they name the field. */
  englishWord: boolean;
}

const TERMS: Term[] = [
  ...Object.entries(OTHER_TERMS).map(([id, label]) => ({ id, ...label, englishWord: false })),
  ...Object.entries(COLUMN_OF_FIELD)
    .filter(([id]) => !(id in OTHER_TERMS))
    .map(([id, key]) => ({ id, vi: HEADER_OF[key], en: LABEL_EN_OF[key], englishWord: /^[a-z]+$/.test(id) })),
].sort((a, b) => b.id.length - a.id.length);

/** The column header for a profile field, or null when no column fills it (the row as a whole). */
export function columnOfField(field: string): string | null {
  const key = COLUMN_OF_FIELD[field];
  return key ? HEADER_OF[key] : null;
}

/**
 * A problem the profile API reported about one of its fields, as a row problem: on the column that
 * fills the field, and with the API's field names replaced by what the officer sees (the column
 * header in Vietnamese, its English label in English), so no sentence mixes the two languages.
 */
export function rowProblemOf(field: string, message: string, messageVi: string): RowProblem {
  const key = COLUMN_OF_FIELD[field];
  // The API's rules name their own field first by its last segment ("year must be…").
  const own: Term[] = key
    ? [{ id: field.split('.').pop()!, vi: HEADER_OF[key], en: LABEL_EN_OF[key], englishWord: true }]
    : [];
  return {
    column: columnOfField(field),
    message: relabel(message, own, 'en'),
    messageVi: relabel(messageVi, own, 'vi'),
  };
}

function relabel(text: string, own: Term[], language: 'en' | 'vi'): string {
  let result = text;
  for (const term of own) {
    if (result.startsWith(`${term.id} `) || result.startsWith(`${term.id}:`)) {
      result = term[language] + result.slice(term.id.length);
    }
  }
  for (const term of TERMS) {
    if (language === 'en' && term.englishWord) {
      if (result.startsWith(`${term.id} `) || result.startsWith(`${term.id}:`)) {
        result = term.en + result.slice(term.id.length);
      }
      continue;
    }
    result = result.replace(wholeWord(term.id), term[language]);
  }
  return result;
}

const patterns = new Map<string, RegExp>();

function wholeWord(id: string): RegExp {
  let pattern = patterns.get(id);
  if (!pattern) {
    // identifiers hold letters, digits, dots and hyphens; only the dot needs escaping
    const escaped = id.replaceAll('.', '\\.');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])${escaped}(?![\\p{L}\\p{N}_-])`, 'gu');
    patterns.set(id, pattern);
  }
  return pattern;
}

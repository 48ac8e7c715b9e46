import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client';
import { CODE_FIELDS } from '../../../features/catalog/code-fields';
import type { NameOf } from '../../../features/catalog/use-catalog';
import { formatDate } from '../../../i18n/format';

type Profile = Schemas['IntellectualView'];

/**
 * A profile fact as an officer reads it in a comparison (current → proposed, one record beside the
 * other): enum values and titles in the UI language, dates dd/mm/yyyy, lists joined, nothing as "—".
 * Codes of the catalogs (communes, fields, ranks, organizations…) are named by `nameOf`.
 */
export function factText(field: string, value: unknown, t: TFunction<'imports'>, nameOf: NameOf): string {
  if (value === null || value === undefined || value === '') return t('empty');
  if (Array.isArray(value))
    return value.length ? value.map((item) => factText(field, item, t, nameOf)).join(', ') : t('empty');
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'object') return objectText(field, value as Record<string, unknown>, t, nameOf);
  const text = scalar(value);
  if (CODE_FIELDS[field]) return nameOf(CODE_FIELDS[field], text);
  switch (field) {
    case 'gender':
      return text === 'male' || text === 'female' ? t(`values.gender.${text}`) : text;
    case 'status':
      return text === 'active' || text === 'retired' || text === 'deceased'
        ? t(`values.status.${text}`)
        : text;
    case 'sector':
      return isSector(text) ? t(`values.sector.${text}`) : text;
    case 'birthDate':
      return formatDate(text);
    default:
      return text;
  }
}

/** A member the contract types as a string or number, read from an untyped object. */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function objectText(
  field: string,
  value: Record<string, unknown>,
  t: TFunction<'imports'>,
  nameOf: NameOf,
): string {
  switch (field) {
    case 'academicTitle': {
      const code = value.code;
      return code === 'professor' || code === 'associate_professor'
        ? t(`values.academicTitle.${code}`, { year: Number(value.year) })
        : JSON.stringify(value);
    }
    case 'civilService': {
      const rank = nameOf('civil-service-ranks', scalar(value.rankCode));
      return value.grade ? t('values.grade', { rank, grade: scalar(value.grade) }) : rank;
    }
    case 'hometown':
      return value.communeCode
        ? nameOf('communes', scalar(value.communeCode))
        : scalar(value.text) || t('empty');
    case 'honoraryTitles': {
      const title = nameOf('honorary-titles', scalar(value.code));
      return value.year ? `${title} (${scalar(value.year)})` : title;
    }
    case 'overseasInfo': {
      const topics = Array.isArray(value.topics) ? value.topics.join(', ') : '';
      const willing = value.willingToContribute ? t('values.willing') : t('values.notWilling');
      return [willing, topics, value.contactPreference].filter(Boolean).join(' · ');
    }
    default: {
      // a part item or a composite fact: its filled-in values
      const parts = Object.entries(value)
        .filter(([key, member]) => key !== 'id' && member !== null && member !== undefined && member !== '')
        .map(([key, member]) => factText(key, member, t, nameOf));
      return parts.length ? parts.join(' · ') : t('empty');
    }
  }
}

const SECTORS = [
  'state_agency',
  'public_service_unit',
  'university',
  'research_institute',
  'enterprise',
  'association',
  'overseas',
  'independent',
] as const satisfies readonly NonNullable<Profile['sector']>[];

function isSector(value: string): value is (typeof SECTORS)[number] {
  return (SECTORS as readonly string[]).includes(value);
}

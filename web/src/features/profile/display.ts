import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { CODE_FIELDS, useProfileCodeNames } from '../catalog/code-fields';
import type { NameOf } from '../catalog/use-catalog';
import { FACT_INPUTS, PART_FIELDS, PART_KINDS, type FieldInput, type PartKind } from './model';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const HIDDEN = '(hidden)';
const ENUM_LABELS: Record<string, string> = {
  gender: 'genders',
  status: 'statuses',
  sector: 'sectors',
  highestDegree: 'degrees',
  verification: 'profile.verification',
};
function inputOf(name: string, kind?: PartKind): FieldInput | undefined {
  if (!kind) return FACT_INPUTS[name as keyof typeof FACT_INPUTS];
  return PART_FIELDS[kind].find((field) => field.name === name)?.input;
}

/**
 * One value as a person reads it: labels instead of codes, dd/mm/yyyy dates, lists joined, "—" for
 * no value. Pure (given the translations and the catalogs), so the history and the conflict diff
 * show values exactly as the profile does.
 */
export function formatValue(
  t: Translate,
  nameOf: NameOf,
  name: string,
  value: unknown,
  kind?: PartKind,
): string {
  if (value === HIDDEN) return t('profile.hidden');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('empty');
  const input = inputOf(name, kind);
  const catalog = CODE_FIELDS[name];
  if (Array.isArray(value)) return value.map((item) => formatValue(t, nameOf, name, item, kind)).join(', ');
  if (catalog && typeof value === 'string') return nameOf(catalog, value);
  if (input?.kind === 'enum' && typeof value === 'string') return t(`${input.labels}.${value}`);
  if (ENUM_LABELS[name] && typeof value === 'string') return t(`${ENUM_LABELS[name]}.${value}`);
  if (name === 'birthDate' && typeof value === 'string') return formatDate(value);
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  const part = PART_KINDS.find((candidate) => candidate === name);
  if (part && typeof value === 'object')
    return summarizeItem(t, nameOf, part, value as Record<string, unknown>);
  if (typeof value === 'object') return formatObject(t, nameOf, name, value as Record<string, unknown>);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : t('empty');
}

/** A whole part item in one line (a profile's creation lists its items): its main facts. */
function summarizeItem(t: Translate, nameOf: NameOf, kind: PartKind, item: Record<string, unknown>): string {
  return PART_FIELDS[kind]
    .filter(({ name }) => item[name] !== null && item[name] !== undefined && item[name] !== '')
    .slice(0, 3)
    .map(({ name }) => formatValue(t, nameOf, name, item[name], kind))
    .join(' · ');
}

function formatObject(t: Translate, nameOf: NameOf, name: string, value: Record<string, unknown>): string {
  switch (name) {
    case 'academicTitle':
      return [t(`academicTitles.${String(value.code)}`), value.year].filter(Boolean).join(' ');
    case 'hometown':
      return typeof value.communeCode === 'string' && value.communeCode
        ? nameOf('communes', value.communeCode)
        : typeof value.text === 'string' && value.text
          ? value.text
          : t('empty');
    case 'honoraryTitles':
      return [nameOf('honorary-titles', String(value.code)), value.year].filter(Boolean).join(' ');
    case 'civilService':
      return [nameOf('civil-service-ranks', String(value.rankCode)), value.grade].filter(Boolean).join(' · ');
    default:
      return Object.entries(value)
        .filter(([, item]) => item !== null && item !== undefined && item !== '')
        .map(([key, item]) => `${key}: ${Array.isArray(item) ? item.join(', ') : String(item)}`)
        .join('; ');
  }
}

/**
 * The label of a history change key: `attribute`, `part.itemId.field` or
 * `provenance.group.verification` (see the API's history).
 */
export function changeLabel(t: Translate, key: string): { label: string; name: string; kind?: PartKind } {
  const [head, second, third] = key.split('.');
  const kind = PART_KINDS.find((candidate) => candidate === head);
  if (kind) {
    const field = third ?? second;
    return {
      label:
        `${t(`partKinds.${kind}`)} · ${third ? t(`partFields.${kind}.${third}`, { defaultValue: third }) : ''}`.replace(
          / · $/,
          '',
        ),
      name: field,
      kind,
    };
  }
  if (head === 'provenance')
    return { label: t('history.verificationOf', { group: t(`groups.${second}`) }), name: 'verification' };
  if (head === 'deletedAt') return { label: t('history.deletedAt'), name: head };
  return { label: t(`fields.${head}`, { defaultValue: head }), name: head };
}

/** The action of a history event: `intellectual.update`, or `intellectual.<part>.<add|update|delete>`. */
export function actionLabel(t: Translate, action: string): string {
  const [, kind, op] = action.split('.');
  const part = PART_KINDS.find((candidate) => candidate === kind);
  if (part && op) return t(`history.partOps.${op}`, { kind: t(`partKinds.${part}`), defaultValue: action });
  return t(`history.actions.${action}`, { defaultValue: action });
}

/** The translations and catalogs of the officer pages, for formatValue. */
export function useDisplay() {
  const { t } = useTranslation('officer');
  const nameOf = useProfileCodeNames();
  const translate = t as unknown as Translate;
  return {
    t: translate,
    nameOf,
    format: (name: string, value: unknown, kind?: PartKind) =>
      formatValue(translate, nameOf, name, value, kind),
  };
}

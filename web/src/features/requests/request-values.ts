import type { Schemas } from '../../api/client';
import type { Values } from '../edit-session/merge';
import type { RequestKind, ReviewRequest } from './requests-api';

type Drafter = Schemas['DrafterInput'];
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The request form's values, as antd holds them. */
export interface RequestFormValues {
  kind: RequestKind;
  title: string;
  summary: string;
  proposalText?: string;
  fieldCodes: string[];
  panelSizeMin: number;
  panelSizeMax: number;
  deadline: string;
  opinionsAttributed: boolean;
  opinionsVisibleToMembers: boolean;
  drafters: Drafter[];
}

/** The fields the request form edits, in the order it shows them: what a conflict compares. */
export const REQUEST_FIELDS = [
  'kind',
  'title',
  'summary',
  'proposalText',
  'fieldCodes',
  'panelSizeMin',
  'panelSizeMax',
  'deadline',
  'opinionsAttributed',
  'opinionsVisibleToMembers',
  'drafters',
] as const;

const FIRST_LINE_CHARS = 80;

interface DrafterValue {
  intellectualId: string | null;
  name: string | null;
  organizationId: string | null;
}

function drafterValue(drafter: Drafter): DrafterValue {
  return {
    intellectualId: drafter.intellectualId ?? null,
    // a linked drafter's name comes from the profile; a typed one is compared as it is sent
    name: (drafter.intellectualId ? drafter.name : drafter.name?.trim()) ?? null,
    organizationId: drafter.organizationId ?? null,
  };
}

/** A stored request's values of the form's fields, as the form compares them. */
export function requestValues(request: ReviewRequest): Record<string, unknown> {
  return {
    kind: request.kind,
    title: request.title,
    summary: request.summary,
    proposalText: request.proposalText ?? null,
    fieldCodes: request.fieldCodes,
    panelSizeMin: request.panelSizeMin,
    panelSizeMax: request.panelSizeMax,
    deadline: request.deadline,
    opinionsAttributed: request.opinionsAttributed,
    opinionsVisibleToMembers: request.opinionsVisibleToMembers,
    drafters: request.drafters.map(drafterValue),
  };
}

/** The form's values as the API stores them (texts trimmed, a blank proposal is none). */
export function fromRequestForm(form: Record<string, unknown>): Record<string, unknown> {
  const values = form as Partial<RequestFormValues>;
  return {
    kind: values.kind,
    title: values.title?.trim(),
    summary: values.summary?.trim(),
    proposalText: values.proposalText?.trim() ? values.proposalText : null,
    fieldCodes: values.fieldCodes ?? [],
    panelSizeMin: values.panelSizeMin,
    panelSizeMax: values.panelSizeMax,
    deadline: values.deadline,
    opinionsAttributed: values.opinionsAttributed ?? false,
    opinionsVisibleToMembers: values.opinionsVisibleToMembers ?? false,
    drafters: (values.drafters ?? []).map(drafterValue),
  };
}

/** Stored values back into the form. */
export function toRequestForm(values: Values): Partial<RequestFormValues> {
  return {
    ...(values as Partial<RequestFormValues>),
    proposalText: (values.proposalText as string | null) ?? undefined,
    drafters: ((values.drafters as DrafterValue[] | null) ?? []).map((drafter) => ({
      intellectualId: drafter.intellectualId ?? undefined,
      name: drafter.name ?? undefined,
      organizationId: drafter.organizationId ?? undefined,
    })),
  };
}

/**
 * Values (all of them, or only the changed ones) as the request's POST or PATCH body: a linked
 * drafter is sent by profile, a typed one by name.
 */
export function requestBody(values: Values): Record<string, unknown> {
  const drafters = values.drafters as DrafterValue[] | null | undefined;
  if (drafters === undefined) return { ...values };
  return {
    ...values,
    drafters: (drafters ?? []).map((drafter) =>
      drafter.intellectualId
        ? { intellectualId: drafter.intellectualId, organizationId: drafter.organizationId ?? undefined }
        : { name: drafter.name ?? undefined, organizationId: drafter.organizationId ?? undefined },
    ),
  };
}

/** The catalog label of a field under the form's label keys. */
export function requestFieldLabel(t: Translate, field: string): string {
  return t(`form.${field === 'fieldCodes' ? 'fields' : field}`);
}

/**
 * One value of a request as the conflict notice shows it: labels for codes, dd/mm/yyyy, the proposal
 * by its length and first line (it may be 200,000 characters), drafters by name.
 */
export function formatRequestValue(
  t: Translate,
  helpers: {
    nameOf: (code: string) => string;
    date: (value: string) => string;
    number: (value: number) => string;
  },
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('conflict.none');
  switch (field) {
    case 'kind':
      return t(`kinds.${value as string}`);
    case 'fieldCodes':
      return (value as string[]).map(helpers.nameOf).join(', ');
    case 'deadline':
      return helpers.date(value as string);
    case 'proposalText': {
      const text = value as string;
      const line = text.split('\n').find((candidate) => candidate.trim()) ?? '';
      const firstLine =
        line.length > FIRST_LINE_CHARS ? `${line.slice(0, FIRST_LINE_CHARS).trimEnd()}…` : line.trim();
      return t('conflict.proposal', { count: helpers.number(text.length), firstLine });
    }
    case 'drafters':
      return (value as DrafterValue[]).map((drafter) => drafter.name ?? '').join(', ');
    default:
      if (typeof value === 'boolean') return t(value ? 'conflict.yes' : 'conflict.no');
      if (typeof value === 'number') return helpers.number(value);
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

import type { Schemas } from '../../api/client';
import type { Values } from '../edit-session/merge';
import type { Report } from './report-api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The draft form's values, as antd holds them. */
export interface ReportFormValues {
  conclusion?: string;
  recommendations?: { text?: string }[];
}

/** The API's limit on recommendations (SaveReportDraftDto): every place a draft can fill. */
const MAX_RECOMMENDATIONS = 50;
const RECOMMENDATION = 'recommendation.';
const SHOWN_CHARS = 300;

/**
 * What a conflict compares: the conclusion, then each recommendation by its number (the report
 * stores them by position and replaces them all on every save, so the number is their identity).
 */
export const REPORT_FIELDS: readonly string[] = [
  'conclusion',
  ...Array.from({ length: MAX_RECOMMENDATIONS }, (_, index) => `${RECOMMENDATION}${index + 1}`),
];

const RECOMMENDATION_FIELDS = REPORT_FIELDS.slice(1);

function byNumber(texts: readonly string[]): Record<string, string> {
  return Object.fromEntries(texts.map((text, index) => [`${RECOMMENDATION}${index + 1}`, text]));
}

/** A stored report's draft as the edit session compares it. */
export function reportValues(report: Report): Record<string, unknown> {
  return { conclusion: report.conclusion, ...byNumber(report.recommendations.map(({ text }) => text)) };
}

/** The form's values as the API stores them (texts as typed: the API keeps them so). */
export function fromReportForm(form: Record<string, unknown>): Record<string, unknown> {
  const values = form as ReportFormValues;
  return {
    conclusion: values.conclusion ?? '',
    ...byNumber((values.recommendations ?? []).map(({ text }) => text ?? '')),
  };
}

/** The recommendations in order; a number left without one (removed by someone) closes up. */
function recommendationTexts(values: Values): string[] {
  return RECOMMENDATION_FIELDS.map((field) => values[field]).filter(
    (text): text is string => typeof text === 'string' && text !== '',
  );
}

/** Stored values back into the form. */
export function toReportForm(values: Values): ReportFormValues {
  return {
    conclusion: (values.conclusion as string | null) ?? '',
    recommendations: recommendationTexts(values).map((text) => ({ text })),
  };
}

/** The whole draft as PUT /report replaces it. */
export function reportDraft(values: Values): Schemas['SaveReportDraftDto'] {
  return {
    conclusion: (values.conclusion as string | null) ?? '',
    recommendations: recommendationTexts(values).map((text) => ({ text })),
  };
}

/**
 * What "Generate" does: the files are made from the stored draft and the form then starts again
 * from it, so with unsaved changes in the form it asks first (save them, or drop them), and only
 * without any it generates at once.
 */
export function generateStep(unsaved: boolean): 'generate' | 'ask' {
  return unsaved ? 'ask' : 'generate';
}

/**
 * What Send does: the agency receives the stored report and the files made from it, so with unsaved
 * changes in the form it asks first (save them, make the files again and send, or keep editing);
 * without any it only confirms.
 */
export function sendStep(unsaved: boolean): 'confirm' | 'ask' {
  return unsaved ? 'ask' : 'confirm';
}

/** The catalog label of a field: the form's own labels. */
export function reportFieldLabel(t: Translate, field: string): string {
  if (!field.startsWith(RECOMMENDATION)) return t(field);
  return t('recommendation', { number: field.slice(RECOMMENDATION.length) });
}

/** A value as the conflict notice shows it: a long conclusion by its start and length. */
export function formatReportValue(t: Translate, number: (value: number) => string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return t('conflict.none');
  if (value.length <= SHOWN_CHARS) return value;
  return t('conflict.longText', {
    start: value.slice(0, SHOWN_CHARS).trimEnd(),
    count: number(value.length),
  });
}

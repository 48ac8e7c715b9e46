import type { Schemas } from '../../api/client';
import type { Values } from '../edit-session/merge';
import type { Sheet } from './scoring-api';

/** The sheet form's values, as antd holds them: a score per criterion code (null: not scored yet). */
export interface SheetFormValues {
  scores?: Record<string, number | null | undefined>;
  comment?: string;
}

const SCORE = 'scores.';

/** What a conflict compares: each criterion's score (named as the API names its field) and the comment. */
export function sheetFields(criteria: readonly { code: string }[]): string[] {
  return [...criteria.map(({ code }) => `${SCORE}${code}`), 'comment'];
}

/** A stored sheet as the edit session compares it. */
export function sheetValues(sheet: Pick<Sheet, 'scores' | 'comment' | 'criteria'>): Record<string, unknown> {
  return {
    ...Object.fromEntries(sheet.criteria.map(({ code }) => [`${SCORE}${code}`, sheet.scores[code] ?? null])),
    comment: sheet.comment,
  };
}

/** The form's values flattened as sheetValues has them. */
export function fromSheetForm(form: Record<string, unknown>): Record<string, unknown> {
  const values = form as SheetFormValues;
  return {
    ...Object.fromEntries(
      Object.entries(values.scores ?? {}).map(([code, score]) => [`${SCORE}${code}`, score ?? null]),
    ),
    comment: values.comment ?? '',
  };
}

/** Flat values back into the form. */
export function toSheetForm(values: Values): SheetFormValues {
  const scores: Record<string, number | null> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith(SCORE)) scores[field.slice(SCORE.length)] = typeof value === 'number' ? value : null;
  }
  return { scores, comment: typeof values.comment === 'string' ? values.comment : '' };
}

/** The whole sheet as PUT …/sheets/{nominationId} replaces it: the scores given, the comment. */
export function sheetBody(values: Values): Schemas['SaveSheetDto'] {
  const scores: Record<string, number> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field.startsWith(SCORE) && typeof value === 'number' && Number.isFinite(value)) {
      scores[field.slice(SCORE.length)] = value;
    }
  }
  return { scores, comment: typeof values.comment === 'string' ? values.comment : '' };
}

/**
 * The member's weighted total as the server computes it: Σ weight·score / Σ weight over the
 * criteria; null until every criterion is scored (the server totals only complete sheets).
 */
export function weightedTotal(
  criteria: readonly { code: string; weight: number }[],
  scores: Readonly<Record<string, number | null | undefined>>,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const { code, weight } of criteria) {
    const score = scores[code];
    if (typeof score !== 'number' || !Number.isFinite(score)) return null;
    weighted += weight * score;
    weights += weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** Shown with 2 decimals, as the result view rounds it. */
export function roundTotal(total: number): number {
  return Math.round(total * 100) / 100;
}

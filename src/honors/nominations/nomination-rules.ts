import { canonicalJson } from '../../common/json/canonical-json';
import { foldVietnamese } from '../../common/text/normalize';
import type { CriterionOutcome, CriterionResult } from '../campaigns';
import type { CriterionOverride, SignedDeclaration } from './nomination.entity';

/** Khánh Hòa's offset from UTC: nominations open and close on the province's calendar days. */
const LOCAL_OFFSET_MS = 7 * 3600 * 1000;

/** Today in Vietnam, `YYYY-MM-DD`. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether `today` lies in the campaign's nomination window, both days included. */
export function inNominationWindow(
  campaign: { nominationsOpen: string; nominationsClose: string },
  today: string,
): boolean {
  return campaign.nominationsOpen <= today && today <= campaign.nominationsClose;
}

/** `YYYY-MM-DD` as Vietnamese write it (dd/mm/yyyy). */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A work's title for comparing: NFC, folded (case, marks, đ), punctuation dropped and spaces
 * collapsed, so "Vắc-xin cho cá chẽm." and "vac xin cho ca chem" are the same work.
 */
export function workTitleKey(title: string): string {
  return foldVietnamese(title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** One criterion of a nomination: the computed result, then what staff or a signature made of it. */
export interface NominationCriterion extends CriterionResult {
  /** The outcome that counts: the override's, a signed declaration's pass, or the computed one. */
  effectiveOutcome: CriterionOutcome;
  override: CriterionOverride | null;
  signature: SignedDeclaration | null;
}

export function effectiveCriteria(
  results: readonly CriterionResult[],
  overrides: readonly CriterionOverride[],
  declarations: readonly SignedDeclaration[],
): NominationCriterion[] {
  return results.map((result) => {
    const override = overrides.find((o) => o.criterionIndex === result.index) ?? null;
    const signature =
      result.kind === 'declaration'
        ? (declarations.find((d) => d.criterionIndex === result.index) ?? null)
        : null;
    const computed: CriterionOutcome = signature ? 'pass' : result.outcome;
    return { ...result, effectiveOutcome: override?.outcome ?? computed, override, signature };
  });
}

/** Eligible when every criterion counts as passed (unsigned declarations do not). */
export function isEligible(criteria: readonly NominationCriterion[]): boolean {
  return criteria.every((criterion) => criterion.effectiveOutcome === 'pass');
}

/** Whether a fresh evaluation differs from the stored one (outcomes, counts or facts used). */
export function resultsDiffer(
  stored: readonly CriterionResult[] | null,
  fresh: readonly CriterionResult[],
): boolean {
  // jsonb gives keys back in its own order
  return canonicalJson(stored) !== canonicalJson(fresh);
}

import { DomainError } from '../../common/errors/domain-error';
import { MIN_SCORES, PrizeLevel, ScoringDefinition, TieBreakRule } from '../campaigns';
import { allocatePrizes, QuotaTie } from './prize-allocation';
import { rank, Rankable } from './ranking';
import { ScoringSheet, validateSheet } from './scoring-sheet';

/** Everything a round's result is computed from; returned with the result so it can be recomputed. */
export interface RoundInputs {
  definition: ScoringDefinition;
  /** 1 for the first round. */
  round: number;
  /** The final round also gives the prize levels. */
  final: boolean;
  prizeLevels: PrizeLevel[];
  /** The nominations the round reviews; `submittedAt` ISO 8601. */
  nominations: Array<{ nominationId: string; submittedAt: string }>;
  /** Every sheet of the round; recused members have none, unsubmitted ones do not count. */
  sheets: ScoringSheet[];
}

export interface NominationResult {
  nominationId: string;
  /** Submitted sheets. */
  scoreCount: number;
  /** By criterion code; null without a submitted sheet. */
  criterionMeans: Record<string, number | null>;
  /** Each submitted sheet's Σ weight·score / Σ weight. */
  memberTotals: Array<{ memberId: string; total: number }>;
  /** By the definition's method; null with fewer sheets than the method needs. */
  aggregate: number | null;
  /** Null when not scored enough to rank. */
  rank: number | null;
  tiedWith: string[];
  decidedBy: TieBreakRule | null;
  /** Reaches the round's threshold (every scored nomination does in a round without one). */
  passed: boolean;
  /** Final round only. */
  prizeLevelCode: string | null;
}

export interface RoundResult {
  inputs: RoundInputs;
  threshold: number | null;
  /** In rank order; the unranked last, in the order given. */
  nominations: NominationResult[];
  quotaTie: QuotaTie | null;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The aggregate of the members' totals by the method, or null when there are too few. */
function aggregateOf(definition: ScoringDefinition, totals: readonly number[]): number | null {
  if (totals.length < MIN_SCORES[definition.method]) return null;
  if (definition.method === 'mean') return mean(totals);
  const sorted = [...totals].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/**
 * A review round's result from its stored sheets: per nomination each criterion's mean, each member's
 * weighted total, the aggregate, the rank with the tie-break rules, pass or fail against the round's
 * threshold and, in the final round, the prize levels within their quotas. Nothing is rounded here; the
 * views round for display. A sheet that does not fit the definition is refused, naming it.
 */
export function aggregateRound(inputs: RoundInputs): RoundResult {
  const { definition } = inputs;
  const known = new Set(inputs.nominations.map((nomination) => nomination.nominationId));
  const problems = inputs.sheets.flatMap((sheet, index) => [
    ...validateSheet(definition, sheet).map((problem) => ({
      ...problem,
      field: `sheets[${index}].${problem.field}`,
    })),
    ...(known.has(sheet.nominationId)
      ? []
      : [
          {
            field: `sheets[${index}].nominationId`,
            message: 'The sheet is for a nomination this round does not review',
            messageVi: 'Phiếu chấm cho một hồ sơ đề cử không thuộc vòng này',
          },
        ]),
  ]);
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { en: problems[0].message, vi: problems[0].messageVi },
      problems,
    );
  }
  const totalWeight = definition.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const scored = inputs.nominations.map((nomination) => {
    const sheets = inputs.sheets.filter(
      (sheet) => sheet.submitted && sheet.nominationId === nomination.nominationId,
    );
    const criterionMeans = Object.fromEntries(
      definition.criteria.map(({ code }) => [
        code,
        sheets.length ? mean(sheets.map((sheet) => sheet.scores[code])) : null,
      ]),
    );
    const memberTotals = sheets.map((sheet) => ({
      memberId: sheet.memberId,
      total:
        definition.criteria.reduce((sum, { code, weight }) => sum + weight * sheet.scores[code], 0) /
        totalWeight,
    }));
    const aggregate = aggregateOf(
      definition,
      memberTotals.map((member) => member.total),
    );
    return { ...nomination, scoreCount: sheets.length, criterionMeans, memberTotals, aggregate };
  });
  const rankable = scored.filter((item): item is typeof item & Rankable => item.aggregate !== null);
  const placings = rank(rankable, definition.tieBreak);
  const threshold =
    definition.thresholds.find((candidate) => candidate.round === inputs.round)?.minScore ?? null;
  // the ranking's tolerance: a total computed as 69.999…9 for 70 still reaches 70
  const passes = (aggregate: number | null) =>
    aggregate !== null && (threshold === null || aggregate >= threshold - 1e-9);
  const ordered = [
    ...rankable.sort(
      (a, b) => (placings.get(a.nominationId)?.rank ?? 0) - (placings.get(b.nominationId)?.rank ?? 0),
    ),
    ...scored.filter((item) => item.aggregate === null),
  ];
  const allocation = inputs.final
    ? allocatePrizes(
        ordered
          .filter((item) => passes(item.aggregate))
          .map((item) => ({ nominationId: item.nominationId, rank: placings.get(item.nominationId)!.rank })),
        inputs.prizeLevels,
      )
    : { levels: new Map<string, string>(), quotaTie: null };
  return {
    inputs,
    threshold,
    nominations: ordered.map((item) => {
      const placing = placings.get(item.nominationId);
      return {
        nominationId: item.nominationId,
        scoreCount: item.scoreCount,
        criterionMeans: item.criterionMeans,
        memberTotals: item.memberTotals,
        aggregate: item.aggregate,
        rank: placing?.rank ?? null,
        tiedWith: placing?.tiedWith ?? [],
        decidedBy: placing?.decidedBy ?? null,
        passed: passes(item.aggregate),
        prizeLevelCode: allocation.levels.get(item.nominationId) ?? null,
      };
    }),
    quotaTie: allocation.quotaTie,
  };
}

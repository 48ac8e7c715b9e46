import { DomainError, FieldProblem } from '../../common/errors/domain-error';

export const AGGREGATION_METHODS = ['mean', 'trimmed_mean'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** The fewest submitted sheets each method can aggregate: the trimmed mean drops the highest and the lowest. */
export const MIN_SCORES: Readonly<Record<AggregationMethod, number>> = { mean: 1, trimmed_mean: 3 };

/** `criterion:<code>`: higher mean on that criterion first; `score_count`: more submitted sheets first; `submitted_at`: earlier nomination first. */
export type TieBreakRule = `criterion:${string}` | 'score_count' | 'submitted_at';

export interface ScoringCriterion {
  code: string;
  name: string;
  /** Relative: a member's total is Σ weight·score / Σ weight. */
  weight: number;
}

export interface RoundThreshold {
  /** 1 for the first round. */
  round: number;
  /** The lowest aggregate that passes to the next round (or, in the final round, to the prize levels). */
  minScore: number;
}

/** How a campaign's sheets become results (issue 13, "Review"); stored on the campaign as data. */
export interface ScoringDefinition {
  criteria: ScoringCriterion[];
  scale: { min: number; max: number };
  method: AggregationMethod;
  tieBreak: TieBreakRule[];
  thresholds: RoundThreshold[];
}

export const DEFAULT_SCALE = { min: 0, max: 100 } as const;

/** 409: a campaign without a scoring definition has nothing its councils could score. */
export function scoringNotDefined(): DomainError {
  return new DomainError('SCORING_NOT_OPEN', {
    en: 'The campaign has no scoring definition (criteria and scale) yet',
    vi: 'Đợt xét chọn chưa có cách chấm điểm (tiêu chí và thang điểm)',
  });
}

const CRITERION_RULE = /^criterion:(.+)$/;

/** The criterion code a `criterion:<code>` rule names, or null for the other rules. */
export function criterionOfRule(rule: TieBreakRule): string | null {
  return CRITERION_RULE.exec(rule)?.[1] ?? null;
}

/**
 * What a scoring definition must satisfy to be evaluated: distinct criterion codes, a scale with room,
 * tie-break rules that name known criteria once each, thresholds for existing rounds inside the scale.
 */
export function scoringProblems(definition: ScoringDefinition, roundCount: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, messageVi: string) =>
    problems.push({ field: `scoring.${field}`, message, messageVi });
  const codes = definition.criteria.map((criterion) => criterion.code);
  if (codes.length === 0) {
    add('criteria', 'Name at least one scoring criterion', 'Cần ít nhất một tiêu chí chấm điểm');
  }
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index) {
      add(`criteria[${index}].code`, `Criterion code ${code} is repeated`, `Mã tiêu chí ${code} bị lặp`);
    }
  });
  const { min, max } = definition.scale;
  if (max <= min) {
    add(
      'scale.max',
      'The scale’s maximum must be above its minimum',
      'Điểm tối đa phải lớn hơn điểm tối thiểu',
    );
  }
  definition.tieBreak.forEach((rule, index) => {
    const field = `tieBreak[${index}]`;
    const code = criterionOfRule(rule);
    if (code === null && rule !== 'score_count' && rule !== 'submitted_at') {
      add(
        field,
        'A tie-break rule is criterion:<code>, score_count or submitted_at',
        'Quy tắc phân định là criterion:<mã tiêu chí>, score_count hoặc submitted_at',
      );
    } else if (code !== null && !codes.includes(code)) {
      add(field, `No scoring criterion has the code ${code}`, `Không có tiêu chí chấm điểm mã ${code}`);
    } else if (definition.tieBreak.indexOf(rule) !== index) {
      add(field, `The rule ${rule} is repeated`, `Quy tắc ${rule} bị lặp`);
    }
  });
  definition.thresholds.forEach((threshold, index) => {
    if (threshold.round > roundCount) {
      add(
        `thresholds[${index}].round`,
        `The campaign has ${roundCount} round(s); there is no round ${threshold.round}`,
        `Đợt xét chọn có ${roundCount} vòng; không có vòng ${threshold.round}`,
      );
    } else if (definition.thresholds.findIndex((other) => other.round === threshold.round) !== index) {
      add(
        `thresholds[${index}].round`,
        `Round ${threshold.round} already has a threshold`,
        `Vòng ${threshold.round} đã có ngưỡng điểm`,
      );
    }
    if (threshold.minScore < min || threshold.minScore > max) {
      add(
        `thresholds[${index}].minScore`,
        `The threshold must be within the scale, ${min} to ${max}`,
        `Ngưỡng điểm phải nằm trong thang điểm, từ ${min} đến ${max}`,
      );
    }
  });
  return problems;
}

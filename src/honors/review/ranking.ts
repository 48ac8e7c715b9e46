import { criterionOfRule, TieBreakRule } from '../campaigns';

/** What ranking reads of a scored nomination. */
export interface Rankable {
  nominationId: string;
  aggregate: number;
  criterionMeans: Record<string, number>;
  scoreCount: number;
  /** ISO 8601. */
  submittedAt: string;
}

export interface Placing {
  /** 1 + how many rank strictly ahead: tied nominations share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** Nominations no rule could separate from this one. */
  tiedWith: string[];
  /** The last rule needed to separate it from every nomination with an equal aggregate; null when none had one. */
  decidedBy: TieBreakRule | null;
}

/**
 * Sums of products of the scale's whole numbers are exact, but a division is not; values this close are
 * the same fraction computed two ways, not a real difference.
 */
const TOLERANCE = 1e-9;

/** Negative when a comes first, positive when b does, 0 when equal within the tolerance. */
function descending(a: number, b: number): number {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a;
}

function byRule(rule: TieBreakRule, a: Rankable, b: Rankable): number {
  const code = criterionOfRule(rule);
  if (code !== null) return descending(a.criterionMeans[code], b.criterionMeans[code]);
  if (rule === 'score_count') return b.scoreCount - a.scoreCount;
  return Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
}

/** The index of the first rule that separates a and b (-1: the aggregate itself), or null when none does. */
function separatingRule(rules: readonly TieBreakRule[], a: Rankable, b: Rankable): number | null {
  if (descending(a.aggregate, b.aggregate) !== 0) return -1;
  const index = rules.findIndex((rule) => byRule(rule, a, b) !== 0);
  return index === -1 ? null : index;
}

function compare(rules: readonly TieBreakRule[], a: Rankable, b: Rankable): number {
  const separating = separatingRule(rules, a, b);
  if (separating === null) return 0;
  return separating === -1 ? descending(a.aggregate, b.aggregate) : byRule(rules[separating], a, b);
}

/** Ranks by aggregate, higher first, then by the tie-break rules in order; keyed by nomination id. */
export function rank(items: readonly Rankable[], rules: readonly TieBreakRule[]): Map<string, Placing> {
  const placings = new Map<string, Placing>();
  for (const item of items) {
    const others = items.filter((other) => other !== item);
    let deepest = -1;
    const tiedWith: string[] = [];
    for (const other of others) {
      const separating = separatingRule(rules, item, other);
      if (separating === null) tiedWith.push(other.nominationId);
      else deepest = Math.max(deepest, separating);
    }
    placings.set(item.nominationId, {
      rank: 1 + others.filter((other) => compare(rules, other, item) < 0).length,
      tiedWith,
      decidedBy: deepest === -1 ? null : rules[deepest],
    });
  }
  return placings;
}

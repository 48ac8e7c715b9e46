import type { RoundResult } from './scoring-api';

type Named = Pick<RoundResult, 'criteria' | 'prizeLevels'>;

/**
 * The campaign's names for the codes a round result speaks in: its scoring criteria (the means, the
 * tie-break rule `criterion:<code>`) and its prize levels. A code the result does not name stays as it is.
 */
export function resultNames(result: Named) {
  const criteria = new Map(result.criteria.map((criterion) => [criterion.code, criterion.name]));
  const levels = new Map(result.prizeLevels.map((level) => [level.code, level.name]));
  const order = result.criteria.map((criterion) => criterion.code);
  return {
    criterion: (code: string) => criteria.get(code) ?? code,
    level: (code: string) => levels.get(code) ?? code,
    /** A nomination's criterion means in the campaign's order of the criteria, each named. */
    means: (means: Record<string, number | null>) =>
      Object.entries(means)
        .sort(([a], [b]) => rankOf(order, a) - rankOf(order, b))
        .map(([code, mean]) => ({ code, name: criteria.get(code) ?? code, mean })),
  };
}

const rankOf = (order: readonly string[], code: string) => {
  const index = order.indexOf(code);
  return index === -1 ? order.length : index;
};

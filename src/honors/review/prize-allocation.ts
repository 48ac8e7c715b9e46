import type { PrizeLevel } from '../campaigns';

export interface QuotaTie {
  /** The level whose remaining places are fewer than the tied nominations. */
  levelCode: string;
  placesLeft: number;
  nominationIds: string[];
}

export interface Allocation {
  levels: Map<string, string>;
  /** Set when allocation stopped at a tie the council has to decide; null otherwise. */
  quotaTie: QuotaTie | null;
}

/**
 * Gives the prize levels, in their order, to the passing nominations in rank order, never over a
 * level's quota. A group sharing a rank that does not fit the places left stops the allocation: giving
 * some of them the level, or any lower level to them or to those below, would decide the tie.
 */
export function allocatePrizes(
  ranked: ReadonlyArray<{ nominationId: string; rank: number }>,
  prizeLevels: readonly PrizeLevel[],
): Allocation {
  const levels = new Map<string, string>();
  const groups: string[][] = [];
  ranked.forEach((item, index) => {
    if (index > 0 && ranked[index - 1].rank === item.rank) groups[groups.length - 1].push(item.nominationId);
    else groups.push([item.nominationId]);
  });
  let level = 0;
  let placesLeft = prizeLevels[0]?.quota ?? 0;
  for (const group of groups) {
    while (placesLeft === 0 && level < prizeLevels.length - 1) placesLeft = prizeLevels[++level].quota;
    if (placesLeft === 0) break;
    if (group.length > placesLeft) {
      return {
        levels,
        quotaTie: { levelCode: prizeLevels[level].code, placesLeft, nominationIds: group },
      };
    }
    for (const id of group) levels.set(id, prizeLevels[level].code);
    placesLeft -= group.length;
  }
  return { levels, quotaTie: null };
}

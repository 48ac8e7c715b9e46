/** One phrase's ranked hits. */
export interface RankedList {
  weight: number;
  ids: string[];
}

export interface Fused {
  id: string;
  score: number;
}

/**
 * Weighted reciprocal rank fusion: each list adds weight / (k + rank) for every id it ranks (rank from
 * 1). Ranks rather than Meilisearch's scores, because scores of different queries are not comparable;
 * a person found by several weighty phrases rises above one found first by a single light one.
 */
export function reciprocalRankFusion(lists: RankedList[], k: number): Fused[] {
  const scores = new Map<string, number>();
  for (const { weight, ids } of lists) {
    ids.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + i + 1)));
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** The lists without the hits `drop` names (by id and list index), the rest moving up. */
export function withoutHits(lists: RankedList[], drop: (id: string, list: number) => boolean): RankedList[] {
  return lists.map(({ weight, ids }, list) => ({ weight, ids: ids.filter((id) => !drop(id, list)) }));
}

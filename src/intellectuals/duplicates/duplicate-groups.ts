/** Two records that may be the same person, with how likely (0 to 1). */
export interface CandidatePair {
  firstId: string;
  secondId: string;
  score: number;
}

export interface CandidateGroup<P extends CandidatePair> {
  /** The strongest link in the group. */
  score: number;
  ids: string[];
  /** Every candidate pair whose two records are both in the group. */
  links: P[];
}

/**
 * More records than this in one group are not the copies of one person but a chain of similar names
 * (Nguyễn Văn An ~ Nguyễn Văn Anh ~ Nguyễn Văn Ánh…); such chains are cut at their weakest links.
 */
export const MAX_GROUP_SIZE = 10;

/**
 * Groups candidate pairs into the connected components they form (union-find), joining the strongest
 * pairs first and skipping a pair that would make a group larger than `maxSize`. Groups come
 * strongest first, then by their smallest id; ids within a group are sorted.
 */
export function groupCandidates<P extends CandidatePair>(
  pairs: P[],
  maxSize = MAX_GROUP_SIZE,
): Array<CandidateGroup<P>> {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; node !== root;) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const ordered = [...pairs].sort(
    (a, b) => b.score - a.score || a.firstId.localeCompare(b.firstId) || a.secondId.localeCompare(b.secondId),
  );
  for (const { firstId, secondId } of ordered) {
    for (const id of [firstId, secondId]) {
      if (parent.has(id)) continue;
      parent.set(id, id);
      size.set(id, 1);
    }
    const [a, b] = [find(firstId), find(secondId)];
    if (a === b || size.get(a)! + size.get(b)! > maxSize) continue;
    const [big, small] = size.get(a)! >= size.get(b)! ? [a, b] : [b, a];
    parent.set(small, big);
    size.set(big, size.get(big)! + size.get(small)!);
  }
  const groups = new Map<string, CandidateGroup<P>>();
  for (const pair of ordered) {
    const root = find(pair.firstId);
    if (root !== find(pair.secondId)) continue;
    const group = groups.get(root) ?? { score: pair.score, ids: [], links: [] };
    group.links.push(pair);
    groups.set(root, group);
  }
  for (const group of groups.values()) {
    group.ids = [...new Set(group.links.flatMap((link) => [link.firstId, link.secondId]))].sort();
  }
  return [...groups.values()].sort((a, b) => b.score - a.score || a.ids[0].localeCompare(b.ids[0]));
}

import { StatCell } from '../stat-table';

/** Fewer people than this in a cell or a total and the number is withheld. */
export const SMALL_CELL_THRESHOLD = 5;

/** A count matrix with its margins, each entry withheld or shown. */
export interface ProtectedCounts {
  cells: StatCell[][];
  rowTotals: StatCell[];
  columnTotals: StatCell[];
  total: StatCell;
}

/**
 * Withholds every count under the threshold (zeros are shown: they are the absence of people, and
 * hiding them would hide more than it protects), then withholds complementary entries until no
 * withheld entry can be worked out from what is published, margins included.
 *
 * The table with its margins is a bipartite graph: a node per row and per column (the totals row and
 * column included), an edge per entry, each node a sum constraint. The published entries fix every
 * withheld entry that is a bridge of the withheld entries' graph (a row with one gap is the simplest
 * case); an entry on a cycle can move by ±t around that cycle, and because complementary entries are
 * chosen among positive counts, t > 0 keeps every count non-negative. So: suppress until no withheld
 * entry is a bridge, each time withholding the cheapest entries that close a cycle through one.
 */
export function protectSmallCells(counts: number[][], threshold = SMALL_CELL_THRESHOLD): ProtectedCounts {
  const grid = new MarginGrid(counts);
  if (counts.length === 0) return grid.toProtected();
  for (const entry of grid.entries()) {
    if (grid.value(entry) > 0 && grid.value(entry) < threshold) grid.suppress(entry, 'small');
  }
  for (;;) {
    const bridge = grid.findBridge();
    if (!bridge) break;
    for (const entry of grid.cheapestCycle(bridge)) grid.suppress(entry, 'complementary');
  }
  return grid.toProtected();
}

/** (row, column) in the grid with margins: row R is the column totals, column C the row totals. */
type Entry = readonly [number, number];
type Reason = StatCell['suppression'];

/** What withholding a zero costs in the search for complements: only when nothing else closes a cycle. */
const ZERO_COST = 1_000_000;

class MarginGrid {
  private readonly rows: number;
  private readonly columns: number;
  private readonly values: number[][];
  private readonly reasons: Reason[][];

  constructor(counts: number[][]) {
    this.rows = counts.length;
    this.columns = counts[0]?.length ?? 0;
    const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
    const columnTotals = Array.from({ length: this.columns }, (_, c) =>
      counts.reduce((sum, row) => sum + row[c], 0),
    );
    const total = rowTotals.reduce((sum, value) => sum + value, 0);
    this.values = [...counts.map((row, r) => [...row, rowTotals[r]]), [...columnTotals, total]];
    this.reasons = this.values.map((row) => row.map(() => null));
  }

  *entries(): Generator<Entry> {
    for (let r = 0; r <= this.rows; r++) for (let c = 0; c <= this.columns; c++) yield [r, c];
  }

  value([r, c]: Entry): number {
    return this.values[r][c];
  }

  isSuppressed([r, c]: Entry): boolean {
    return this.reasons[r][c] !== null;
  }

  suppress([r, c]: Entry, reason: NonNullable<Reason>): void {
    this.reasons[r][c] = reason;
  }

  /** A withheld entry whose value the published entries determine, if any (Tarjan's bridges). */
  findBridge(): Entry | undefined {
    const nodes = this.rows + 1 + this.columns + 1;
    const adjacency: Array<Array<{ to: number; entry: Entry }>> = Array.from({ length: nodes }, () => []);
    for (const entry of this.entries()) {
      if (!this.isSuppressed(entry)) continue;
      const [rowNode, columnNode] = this.nodesOf(entry);
      adjacency[rowNode].push({ to: columnNode, entry });
      adjacency[columnNode].push({ to: rowNode, entry });
    }
    const order = new Array<number>(nodes).fill(-1);
    const low = new Array<number>(nodes).fill(0);
    let counter = 0;
    let found: Entry | undefined;
    const visit = (node: number, via: Entry | undefined): void => {
      order[node] = low[node] = counter++;
      for (const { to, entry } of adjacency[node]) {
        if (found) return;
        if (entry === via) continue;
        if (order[to] === -1) {
          visit(to, entry);
          if (found) return;
          low[node] = Math.min(low[node], low[to]);
          if (low[to] > order[node]) found = entry;
        } else {
          low[node] = Math.min(low[node], order[to]);
        }
      }
    };
    for (let node = 0; node < nodes && !found; node++) if (order[node] === -1) visit(node, undefined);
    return found;
  }

  /**
   * The cheapest published entries that, withheld, put `bridge` on a cycle: a shortest path from its
   * row node to its column node that does not use it, where withheld entries are free and a published
   * one costs its count (a zero costs far more: a zero on a cycle lets the others move one way only).
   * The grid with margins is a complete bipartite graph of at least two rows and two columns, so such
   * a path always exists.
   */
  cheapestCycle(bridge: Entry): Entry[] {
    const [from, to] = this.nodesOf(bridge);
    const nodes = this.rows + 1 + this.columns + 1;
    const distance = new Array<number>(nodes).fill(Infinity);
    const previous = new Array<{ node: number; entry: Entry } | undefined>(nodes);
    const done = new Array<boolean>(nodes).fill(false);
    distance[from] = 0;
    for (;;) {
      let node = -1;
      for (let n = 0; n < nodes; n++)
        if (!done[n] && distance[n] < Infinity && (node < 0 || distance[n] < distance[node])) node = n;
      if (node < 0 || node === to) break;
      done[node] = true;
      for (const { next, entry } of this.neighbours(node)) {
        if (sameEntry(entry, bridge)) continue;
        const cost = this.isSuppressed(entry) ? 0 : this.value(entry) > 0 ? this.value(entry) : ZERO_COST;
        if (distance[node] + cost < distance[next]) {
          distance[next] = distance[node] + cost;
          previous[next] = { node, entry };
        }
      }
    }
    const path: Entry[] = [];
    for (let step = previous[to]; step; step = previous[step.node]) {
      if (!this.isSuppressed(step.entry)) path.push(step.entry);
    }
    return path;
  }

  toProtected(): ProtectedCounts {
    const cell = (r: number, c: number): StatCell => {
      const suppression = this.reasons[r][c];
      return { value: suppression ? null : this.values[r][c], suppression };
    };
    return {
      cells: Array.from({ length: this.rows }, (_, r) =>
        Array.from({ length: this.columns }, (_, c) => cell(r, c)),
      ),
      rowTotals: Array.from({ length: this.rows }, (_, r) => cell(r, this.columns)),
      columnTotals: Array.from({ length: this.columns }, (_, c) => cell(this.rows, c)),
      total: cell(this.rows, this.columns),
    };
  }

  /** Row nodes 0..R, column nodes R+1..R+C+1. */
  private nodesOf([r, c]: Entry): [number, number] {
    return [r, this.rows + 1 + c];
  }

  /** The entries of a node's line and the node at their other end. */
  private *neighbours(node: number): Generator<{ next: number; entry: Entry }> {
    if (node <= this.rows) {
      for (let c = 0; c <= this.columns; c++) yield { next: this.rows + 1 + c, entry: [node, c] };
    } else {
      const c = node - this.rows - 1;
      for (let r = 0; r <= this.rows; r++) yield { next: r, entry: [r, c] };
    }
  }
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

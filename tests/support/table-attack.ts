import type loadHighs from 'highs';
import type { ProtectedCounts } from '../../src/stats/suppression/small-cells';

export type Highs = Awaited<ReturnType<typeof loadHighs>>;

/**
 * The attacker's view: every published entry of the table with margins is a constraint, every
 * withheld entry a non-negative unknown. For each withheld entry the attacker minimises and maximises
 * it with a linear programme (HiGHS); equal bounds mean the entry is recovered.
 */
export function recoverable(highs: Highs, table: ProtectedCounts): Array<{ entry: string; value: number }> {
  const rows = table.cells.length;
  const columns = table.columnTotals.length;
  const grid = [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r]]),
    [...table.columnTotals, table.total],
  ];
  const name = (r: number, c: number) => `x_${r}_${c}`;
  const term = (r: number, c: number) => {
    const cell = grid[r][c];
    return cell.value === null ? { unknown: name(r, c), known: 0 } : { unknown: null, known: cell.value };
  };
  const constraints: string[] = [];
  // Each line of the grid: its inner entries sum to its margin entry.
  const line = (entries: Array<[number, number]>, margin: [number, number], label: string) => {
    const parts = entries.map(([r, c]) => term(r, c));
    const sum = term(...margin);
    const unknowns = parts.filter((p) => p.unknown).map((p) => `+ ${p.unknown}`);
    if (sum.unknown) unknowns.push(`- ${sum.unknown}`);
    if (unknowns.length === 0) return;
    const constant = sum.known - parts.reduce((total, p) => total + p.known, 0);
    constraints.push(` ${label}: ${unknowns.join(' ')} = ${constant}`);
  };
  for (let r = 0; r <= rows; r++) {
    line(
      Array.from({ length: columns }, (_, c) => [r, c] as [number, number]),
      [r, columns],
      `row${r}`,
    );
  }
  for (let c = 0; c <= columns; c++) {
    line(
      Array.from({ length: rows }, (_, r) => [r, c] as [number, number]),
      [rows, c],
      `col${c}`,
    );
  }
  const unknown: Array<[number, number]> = [];
  for (let r = 0; r <= rows; r++)
    for (let c = 0; c <= columns; c++) if (grid[r][c].value === null) unknown.push([r, c]);
  const found: Array<{ entry: string; value: number }> = [];
  for (const [r, c] of unknown) {
    const bound = (sense: 'Minimize' | 'Maximize') => {
      const problem = [
        sense,
        ` obj: ${name(r, c)}`,
        'Subject To',
        ...constraints,
        'Bounds',
        ...unknown.map(([a, b]) => ` ${name(a, b)} >= 0`),
        'End',
      ].join('\n');
      const result = highs.solve(problem, { output_flag: false });
      // A withheld total nothing bounds from above can grow without end: not recovered.
      if (result.Status === 'Unbounded' && sense === 'Maximize') return Infinity;
      if (result.Status !== 'Optimal') throw new Error(`LP ${result.Status}`);
      return result.ObjectiveValue;
    };
    const low = bound('Minimize');
    const high = bound('Maximize');
    if (high - low < 0.5) found.push({ entry: name(r, c), value: Math.round(low) });
  }
  return found;
}

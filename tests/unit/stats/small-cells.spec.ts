import loadHighs from 'highs';
import { protectSmallCells, ProtectedCounts } from '../../../src/stats/suppression/small-cells';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/**
 * The attacker's view: every published entry of the table with margins is a constraint, every
 * withheld entry a non-negative unknown. For each withheld entry the attacker minimises and maximises
 * it with a linear programme (HiGHS); equal bounds mean the entry is recovered.
 */
function recoverable(highs: Highs, table: ProtectedCounts): Array<{ entry: string; value: number }> {
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

function shown(table: ProtectedCounts): number[][] {
  return table.cells.map((row) => row.map((cell) => cell.value ?? -1));
}

describe('small-cell protection', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('withholds counts under 5 and says why, and shows zeros and larger counts', () => {
    const table = protectSmallCells([
      [20, 3, 0],
      [15, 12, 9],
      [30, 25, 7],
    ]);
    expect(table.cells[0][1]).toEqual({ value: null, suppression: 'small' });
    expect(table.cells[0][2]).toEqual({ value: 0, suppression: null });
    expect(table.cells[2][0]).toEqual({ value: 30, suppression: null });
    const complementary = table.cells.flat().filter((cell) => cell.suppression === 'complementary');
    expect(complementary.length).toBeGreaterThan(0);
    expect(complementary.every((cell) => cell.value === null)).toBe(true);
  });

  it('leaves a table without small counts as it is, margins included', () => {
    const table = protectSmallCells([
      [20, 6],
      [15, 12],
    ]);
    expect(shown(table)).toEqual([
      [20, 6],
      [15, 12],
    ]);
    expect(table.rowTotals.map((cell) => cell.value)).toEqual([26, 27]);
    expect(table.columnTotals.map((cell) => cell.value)).toEqual([35, 18]);
    expect(table.total).toEqual({ value: 53, suppression: null });
  });

  it('withholds a small total as well, and a small grand total hides the whole table', () => {
    const table = protectSmallCells([
      [2, 1],
      [0, 1],
    ]);
    expect(table.total.suppression).toBe('small');
    expect(table.cells.flat().every((cell) => cell.value === null || cell.value === 0)).toBe(true);
    expect(recoverable(highs, table)).toEqual([]);
  });

  it('a one-way table cannot give a small row away through its total', () => {
    const table = protectSmallCells([[40], [3], [17], [25]]);
    expect(table.cells[1][0].suppression).toBe('small');
    expect(table.rowTotals[1].value).toBeNull();
    expect(table.total.value).toBe(85);
    expect(recoverable(highs, table)).toEqual([]);
  });

  it('the attack recovers a cell withheld without complements (the attack works)', () => {
    const table = protectSmallCells([
      [20, 6],
      [15, 12],
    ]);
    table.cells[0][1] = { value: null, suppression: 'small' };
    expect(recoverable(highs, table)).toEqual([{ entry: 'x_0_1', value: 6 }]);
  });

  it('no withheld count can be recovered from the published cells and totals, on many random tables', () => {
    let seed = 45;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let withheld = 0;
    for (let trial = 0; trial < 60; trial++) {
      const rows = 1 + Math.floor(random() * 7);
      const columns = 1 + Math.floor(random() * 6);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => {
          const kind = random();
          return kind < 0.25 ? Math.floor(random() * 5) : kind < 0.35 ? 0 : 5 + Math.floor(random() * 60);
        }),
      );
      const table = protectSmallCells(counts);
      table.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (counts[r][c] > 0 && counts[r][c] < 5) expect(cell.value).toBeNull();
          if (cell.value !== null) expect(cell.value).toBe(counts[r][c]);
        }),
      );
      withheld += table.cells.flat().filter((cell) => cell.value === null).length;
      expect({ counts, recovered: recoverable(highs, table) }).toEqual({ counts, recovered: [] });
    }
    expect(withheld).toBeGreaterThan(30);
  });
});

import loadHighs from 'highs';
import { protectSmallCells, ProtectedCounts } from '../../../src/stats/suppression/small-cells';
import { Highs, recoverable } from '../../support/table-attack';

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

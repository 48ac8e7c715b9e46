import highsLoader from 'highs';
import {
  eligible,
  fieldWeight,
  Selection,
  selectionOf,
  Suggester,
  SuggestionProblem,
} from '../../../src/panels/panel/suggest/panel-candidate';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/**
 * The exact reference the kept greedy suggester is measured against (tests only): the same goal as a
 * 0-1 program solved exactly by HiGHS (WebAssembly):
 *   maximise Σ scoreᵢ·xᵢ + W·Σ coveredₖ
 *   Σ xᵢ ≤ size;  coveredₖ ≤ Σ_{i in field k} xᵢ;  Σ_{i in organization o} xᵢ ≤ N;  x binary, 0 ≤ covered ≤ 1.
 */
export class HighsSuggester implements Suggester {
  readonly name = 'highs-mip';
  private solver?: Promise<Highs>;

  async select(problem: SuggestionProblem): Promise<Selection> {
    const pool = eligible(problem);
    if (pool.length === 0) return selectionOf([], problem.fieldCodes);
    this.solver ??= highsLoader();
    const highs = await this.solver;
    const result = highs.solve(lpModel(problem), { output_flag: false, time_limit: 10 });
    if (result.Status !== 'Optimal') throw new Error(`HiGHS ended with ${result.Status}`);
    const columns = result.Columns as Record<string, { Primal: number }>;
    return selectionOf(
      pool.filter((_, i) => (columns[`x${i}`]?.Primal ?? 0) > 0.5),
      problem.fieldCodes,
    );
  }
}

/** The program above in CPLEX LP format (variables named by position, so no input reaches the text). */
export function lpModel(problem: SuggestionProblem): string {
  const pool = eligible(problem);
  const weight = fieldWeight(pool);
  const x = pool.map((_, i) => `x${i}`);
  const objective = [
    ...pool.map((candidate, i) => `${candidate.score.toFixed(9)} ${x[i]}`),
    ...problem.fieldCodes.map((_, k) => `${weight.toFixed(9)} c${k}`),
  ];
  const rows = [`size: ${x.join(' + ')} <= ${problem.size}`];
  problem.fieldCodes.forEach((code, k) => {
    const covering = x.filter((_, i) => pool[i].fieldTree.includes(code));
    rows.push(`field${k}: c${k}${covering.map((name) => ` - ${name}`).join('')} <= 0`);
  });
  const organizations = new Map<string, string[]>();
  pool.forEach((candidate, i) => {
    if (candidate.organizationId === null) return;
    organizations.set(candidate.organizationId, [
      ...(organizations.get(candidate.organizationId) ?? []),
      x[i],
    ]);
  });
  let o = 0;
  for (const members of organizations.values()) {
    if (members.length > problem.maxPerOrganization) {
      rows.push(`org${o++}: ${members.join(' + ')} <= ${problem.maxPerOrganization}`);
    }
  }
  return [
    'Maximize',
    ` obj: ${objective.join(' + ')}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...problem.fieldCodes.map((_, k) => ` 0 <= c${k} <= 1`),
    'Binary',
    ` ${x.join(' ')}`,
    'End',
  ].join('\n');
}

import { RowProblem } from '../rows/import-row';

/** What became of one row. */
export type RowOutcome =
  | { kind: 'created' | 'updated' | 'unchanged' }
  | { kind: 'possible_duplicate'; candidateIds: string[] }
  | { kind: 'failed'; problems: RowProblem[] };

import { RowProblem } from '../rows/import-row';

/** An existing profile a row is about, named for the officer. */
export interface ExistingProfile {
  id: string;
  fullName: string;
}

/** What became of one row. `reviews`: verified facts the row would have changed, kept as they were. */
export type RowOutcome =
  | { kind: 'created' }
  | { kind: 'updated' | 'unchanged'; reviews?: RowProblem[] }
  | { kind: 'possible_duplicate'; candidates: ExistingProfile[] }
  | { kind: 'conflict'; existing: ExistingProfile; problems: RowProblem[] }
  | { kind: 'failed'; problems: RowProblem[] };

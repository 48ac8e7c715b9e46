import { foldVietnamese } from '../../common/text/normalize';
import type { CreateIntellectualDto } from '../../intellectuals';
import type { ImportRow } from '../rows/import-row';

/**
 * What a dry run would have created so far. A real run sees its own earlier rows in the database; a
 * dry run rolls its writes back, so it remembers them here to report a later row with the same name
 * and birth date the way the real run would (unchanged or possible duplicate) instead of "created"
 * twice. (A national ID given on two rows fails both rows before anything is applied.)
 */
export class DryRunPlan {
  private readonly byNameAndBirth = new Map<string, string>();

  /** How the real run would treat `row`, or undefined when no earlier row created this person. */
  outcomeFor(row: ImportRow, dto: CreateIntellectualDto): 'unchanged' | 'possible_duplicate' | undefined {
    const sameName = this.byNameAndBirth.get(nameKey(row));
    if (sameName === undefined) return undefined;
    return sameName === JSON.stringify(dto) ? 'unchanged' : 'possible_duplicate';
  }

  created(row: ImportRow, dto: CreateIntellectualDto): void {
    this.byNameAndBirth.set(nameKey(row), JSON.stringify(dto));
  }
}

function nameKey(row: ImportRow): string {
  return `${foldVietnamese(row.fullName)}|${row.birthDate ?? ''}`;
}

import { foldVietnamese } from '../../common/text/normalize';
import type { CreateIntellectualDto } from '../../intellectuals/dto/profile.dto';
import type { ImportRow } from '../rows/import-row';

/**
 * What a dry run would have created so far. A real run sees its own earlier rows in the database; a
 * dry run writes nothing, so it remembers them here to report a later row about the same person the
 * way the real run would (unchanged, updated or possible duplicate) instead of "created" twice.
 */
export class DryRunPlan {
  private readonly byNationalId = new Map<string, string>();
  private readonly byNameAndBirth = new Map<string, string>();

  /** How the real run would treat `row`, or undefined when no earlier row created this person. */
  outcomeFor(
    row: ImportRow,
    dto: CreateIntellectualDto,
  ): 'unchanged' | 'updated' | 'possible_duplicate' | undefined {
    const fingerprint = JSON.stringify(dto);
    const sameId = row.nationalId ? this.byNationalId.get(row.nationalId) : undefined;
    if (sameId !== undefined) return sameId === fingerprint ? 'unchanged' : 'updated';
    const sameName = this.byNameAndBirth.get(nameKey(row));
    if (sameName !== undefined) return sameName === fingerprint ? 'unchanged' : 'possible_duplicate';
    return undefined;
  }

  created(row: ImportRow, dto: CreateIntellectualDto): void {
    const fingerprint = JSON.stringify(dto);
    if (row.nationalId) this.byNationalId.set(row.nationalId, fingerprint);
    this.byNameAndBirth.set(nameKey(row), fingerprint);
  }
}

function nameKey(row: ImportRow): string {
  return `${foldVietnamese(row.fullName)}|${row.birthDate ?? ''}`;
}

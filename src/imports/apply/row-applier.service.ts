import { Injectable, Logger } from '@nestjs/common';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { foldVietnamese } from '../../common/text/normalize';
import type { CreateIntellectualDto } from '../../intellectuals';
import type { Intellectual } from '../../intellectuals';
import { factText } from '../rows/fact-text';
import { HEADER_OF, LABEL_EN_OF, RowCells } from '../rows/import-columns';
import { ImportRow, RowProblem } from '../rows/import-row';
import { ReferenceLookups } from '../rows/reference-lookups';
import { toCreateDto, validateCreateDto } from '../rows/row-dto';
import { rowProblemOf } from '../rows/row-messages';
import { parseRow } from '../rows/row-parser';
import { DryRunPlan } from './dry-run-plan';
import { ImportProfileWriter } from './import-profile-writer';
import { KnownProfiles, ProfileMatcher } from './profile-matcher';
import { hasChanges, RowChanges, rowChanges } from './row-changes';
import { RowOutcome } from './row-outcome';

export interface ApplyOptions {
  /** Present for a dry run: every write is made and rolled back, so it meets the same rules. */
  dryRun?: DryRunPlan;
  actor: Principal;
  lookups: ReferenceLookups;
}

/** A row that parsed and validated, ready to be matched and written. */
export interface PreparedRow {
  row: ImportRow;
  dto: CreateIntellectualDto;
}

/**
 * Decides and applies rows: a national ID that exists updates that profile (or changes nothing),
 * unless the row names someone else there (another name, birth date or gender: a conflict for an
 * officer); otherwise a person with the same name and birth date is a possible duplicate for an
 * officer, unless the row says nothing new about them; otherwise the row creates a profile. Writes
 * go through the profile API's service (its rules, audit and search outbox); a dry run makes the
 * same writes and rolls them back, so it reports what the real run will.
 *
 * Rows come in batches that never mention the same person twice (RowBatch): the batch's matches
 * are fetched together and its new profiles created in one transaction; should that fail, each is
 * retried on its own so that only the faulty rows fail, each with its own reason.
 */
@Injectable()
export class RowApplier {
  private readonly logger = new Logger(RowApplier.name);

  constructor(
    private readonly matcher: ProfileMatcher,
    private readonly writer: ImportProfileWriter,
  ) {}

  /** Parses and validates one row's cells. */
  async prepare(
    cells: RowCells,
    lookups: ReferenceLookups,
    today: string,
  ): Promise<
    | { ok: true; prepared: PreparedRow; warnings: RowProblem[] }
    | { ok: false; problems: RowProblem[]; warnings: RowProblem[] }
  > {
    const parsed = parseRow(cells, lookups, today);
    if (!parsed.ok) return parsed;
    const dto = toCreateDto(parsed.row);
    const problems = await validateCreateDto(dto);
    if (problems.length) return { ok: false, problems, warnings: parsed.warnings };
    return { ok: true, prepared: { row: parsed.row, dto }, warnings: parsed.warnings };
  }

  /** Applies a batch of rows about different people; outcomes in the order of `rows`. */
  async applyBatch(rows: PreparedRow[], options: ApplyOptions): Promise<RowOutcome[]> {
    const known = await this.matcher.lookUp(rows.map(({ row }) => row));
    const outcomes: RowOutcome[] = [];
    const creations: number[] = [];
    for (const [index, { row, dto }] of rows.entries()) {
      const profile = row.nationalId ? known.withNationalId(row.nationalId) : undefined;
      if (profile) outcomes[index] = await this.update(profile, row, dto, known, options);
      else {
        const outcome = this.matchByName(index, row, dto, known, options);
        if (outcome) outcomes[index] = outcome;
        else creations.push(index);
      }
    }
    const created = await this.create(
      creations.map((index) => rows[index].dto),
      options,
    );
    creations.forEach((index, at) => {
      outcomes[index] = created[at];
      if (created[at].kind === 'created') options.dryRun?.created(rows[index].row, rows[index].dto);
    });
    return outcomes;
  }

  /** The outcome for a row that matches nobody by national ID, or undefined when it creates a profile. */
  private matchByName(
    index: number,
    row: ImportRow,
    dto: CreateIntellectualDto,
    known: KnownProfiles,
    options: ApplyOptions,
  ): RowOutcome | undefined {
    const similar = known.sameNameAndBirth(index);
    for (const candidate of similar) {
      const changes = rowChanges(dto, candidate, known.educationsOf(candidate.id));
      if (!hasChanges(changes)) return { kind: 'unchanged' };
    }
    if (similar.length) return { kind: 'possible_duplicate', candidates: similar.map(named) };
    const planned = options.dryRun?.outcomeFor(row, dto);
    if (planned === 'possible_duplicate') return { kind: 'possible_duplicate', candidates: [] };
    return planned ? { kind: planned } : undefined;
  }

  private async update(
    profile: Intellectual,
    row: ImportRow,
    dto: CreateIntellectualDto,
    known: KnownProfiles,
    options: ApplyOptions,
  ): Promise<RowOutcome> {
    const conflict = identityConflict(profile, row, options.lookups);
    if (conflict.length) return { kind: 'conflict', existing: named(profile), problems: conflict };
    const changes = rowChanges(dto, profile, known.educationsOf(profile.id));
    const reviews = reviewsOf(changes, options.lookups);
    if (!hasChanges(changes)) return { kind: 'unchanged', reviews };
    return this.attempt(async () => {
      await this.writer.update(profile, changes, options.actor, { rollback: !!options.dryRun });
      return { kind: 'updated', reviews };
    });
  }

  /** All new profiles of a batch in one transaction; one by one if that fails, to find the faulty rows. */
  private async create(dtos: CreateIntellectualDto[], options: ApplyOptions): Promise<RowOutcome[]> {
    if (dtos.length === 0) return [];
    const write = (batch: CreateIntellectualDto[]) =>
      this.writer.createMany(batch, options.actor, { rollback: !!options.dryRun });
    try {
      await write(dtos);
      return dtos.map(() => ({ kind: 'created' }));
    } catch (error) {
      if (dtos.length === 1) return [this.failure(error)];
      const outcomes: RowOutcome[] = [];
      for (const dto of dtos) {
        outcomes.push(
          await this.attempt(async () => {
            await write([dto]);
            return { kind: 'created' };
          }),
        );
      }
      return outcomes;
    }
  }

  private async attempt(write: () => Promise<RowOutcome>): Promise<RowOutcome> {
    try {
      return await write();
    } catch (error) {
      return this.failure(error);
    }
  }

  private failure(error: unknown): RowOutcome {
    if (error instanceof DomainError) return { kind: 'failed', problems: problemsOf(error) };
    this.logger.error(error instanceof Error ? error.stack : String(error));
    return {
      kind: 'failed',
      problems: [
        { column: null, message: 'Internal error on this row', messageVi: 'Lỗi hệ thống ở dòng này' },
      ],
    };
  }
}

function named(profile: Intellectual) {
  return { id: profile.id, fullName: profile.fullName };
}

/**
 * Where a row with a profile's national ID names someone else: another name (ignoring case and
 * diacritics), or a birth date or gender that both give and that differ. Such a row may be a typing
 * error in the ID as well as a correction, so an officer decides.
 */
function identityConflict(profile: Intellectual, row: ImportRow, lookups: ReferenceLookups): RowProblem[] {
  const differs: Array<'fullName' | 'birthDate' | 'gender'> = [];
  if (foldVietnamese(profile.fullName) !== foldVietnamese(row.fullName)) differs.push('fullName');
  if (profile.birthDate && row.birthDate && profile.birthDate !== row.birthDate) differs.push('birthDate');
  if (profile.gender && row.gender && profile.gender !== row.gender) differs.push('gender');
  return differs.map((field) => {
    const before = factText(field, profile[field], lookups);
    const after = factText(field, row[field], lookups);
    return {
      column: HEADER_OF[field],
      message: `${LABEL_EN_OF[field]} differs from the profile with this national ID (${profile.fullName}): on file "${before}", in the row "${after}"`,
      messageVi: `${HEADER_OF[field]} khác với hồ sơ có số định danh này (${profile.fullName}): hồ sơ ghi "${before}", tệp ghi "${after}"`,
    };
  });
}

/** The verified facts a row gives otherwise, for the officer to review. */
function reviewsOf(changes: RowChanges, lookups: ReferenceLookups): RowProblem[] {
  return changes.held.map(({ field, stored, row }) => {
    const before = factText(field, stored, lookups);
    const after = factText(field, row, lookups);
    return rowProblemOf(
      field,
      `${field}: verified value kept; on file "${before}", in the row "${after}". If the row is right, edit the profile`,
      `${field}: giữ giá trị đã xác minh; hồ sơ ghi "${before}", tệp ghi "${after}". Nếu tệp đúng, hãy sửa hồ sơ`,
    );
  });
}

function problemsOf(error: DomainError): RowProblem[] {
  if (error.errors.length) {
    return error.errors.map(({ field, message, messageVi }) => rowProblemOf(field, message, messageVi));
  }
  return [
    {
      column: null,
      message: error.detail?.en ?? error.message,
      messageVi: error.detail?.vi ?? error.message,
    },
  ];
}

import { Injectable, Logger } from '@nestjs/common';
import { Principal } from '../../auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import type { CreateIntellectualDto } from '../../intellectuals/dto/profile.dto';
import type { Intellectual } from '../../intellectuals/entities/intellectual.entity';
import { RowCells } from '../rows/import-columns';
import { ImportRow, RowProblem } from '../rows/import-row';
import { ReferenceLookups } from '../rows/reference-lookups';
import { columnOfField, toCreateDto, validateCreateDto } from '../rows/row-dto';
import { parseRow } from '../rows/row-parser';
import { DryRunPlan } from './dry-run-plan';
import { ImportProfileWriter } from './import-profile-writer';
import { KnownProfiles, ProfileMatcher } from './profile-matcher';
import { hasChanges, rowChanges } from './row-changes';
import { RowOutcome } from './row-outcome';

export interface ApplyOptions {
  /** Present for a dry run, which writes nothing. */
  dryRun?: DryRunPlan;
  actor: Principal;
}

/** A row that parsed and validated, ready to be matched and written. */
export interface PreparedRow {
  row: ImportRow;
  dto: CreateIntellectualDto;
}

/**
 * Decides and applies rows: a national ID that exists updates that profile (or changes nothing);
 * otherwise a person with the same name and birth date is a possible duplicate for an officer,
 * unless the row says nothing new about them; otherwise the row creates a profile. Writes go through
 * the profile API's service (its rules, audit and search outbox); a dry run writes nothing.
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
  ): Promise<{ ok: true; prepared: PreparedRow } | { ok: false; problems: RowProblem[] }> {
    const parsed = parseRow(cells, lookups, today);
    if (!parsed.ok) return parsed;
    const dto = toCreateDto(parsed.row);
    const problems = await validateCreateDto(dto);
    if (problems.length) return { ok: false, problems };
    return { ok: true, prepared: { row: parsed.row, dto } };
  }

  /** Applies a batch of rows about different people; outcomes in the order of `rows`. */
  async applyBatch(rows: PreparedRow[], options: ApplyOptions): Promise<RowOutcome[]> {
    const known = await this.matcher.lookUp(rows.map(({ row }) => row));
    const outcomes: RowOutcome[] = [];
    const creations: number[] = [];
    for (const [index, { row, dto }] of rows.entries()) {
      const profile = row.nationalId ? known.withNationalId(row.nationalId) : undefined;
      if (profile) outcomes[index] = await this.update(profile, dto, known, options);
      else {
        const outcome = this.matchByName(index, row, dto, known, options);
        if (outcome) outcomes[index] = outcome;
        else creations.push(index);
      }
    }
    const created = await this.create(
      creations.map((index) => rows[index].dto),
      options.actor,
    );
    creations.forEach((index, at) => (outcomes[index] = created[at]));
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
    if (similar.length)
      return { kind: 'possible_duplicate', candidateIds: similar.map((person) => person.id) };
    if (!options.dryRun) return undefined;
    const planned = options.dryRun.outcomeFor(row, dto);
    if (planned === 'possible_duplicate') return { kind: 'possible_duplicate', candidateIds: [] };
    if (planned) return { kind: planned };
    options.dryRun.created(row, dto);
    return { kind: 'created' };
  }

  private async update(
    profile: Intellectual,
    dto: CreateIntellectualDto,
    known: KnownProfiles,
    options: ApplyOptions,
  ): Promise<RowOutcome> {
    const changes = rowChanges(dto, profile, known.educationsOf(profile.id));
    if (!hasChanges(changes)) return { kind: 'unchanged' };
    if (options.dryRun) return { kind: 'updated' };
    return this.attempt(async () => {
      await this.writer.update(profile, changes, options.actor);
      return { kind: 'updated' };
    });
  }

  /** All new profiles of a batch in one transaction; one by one if that fails, to find the faulty rows. */
  private async create(dtos: CreateIntellectualDto[], actor: Principal): Promise<RowOutcome[]> {
    if (dtos.length === 0) return [];
    try {
      await this.writer.createMany(dtos, actor);
      return dtos.map(() => ({ kind: 'created' }));
    } catch (error) {
      if (dtos.length === 1) return [this.failure(error)];
      const outcomes: RowOutcome[] = [];
      for (const dto of dtos) {
        outcomes.push(
          await this.attempt(async () => {
            await this.writer.createMany([dto], actor);
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

function problemsOf(error: DomainError) {
  if (error.errors.length) {
    return error.errors.map(({ field, message, messageVi }) => ({
      column: columnOfField(field),
      message,
      messageVi,
    }));
  }
  return [
    {
      column: null,
      message: error.detail?.en ?? error.message,
      messageVi: error.detail?.vi ?? error.message,
    },
  ];
}

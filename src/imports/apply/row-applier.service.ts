import { Injectable, Logger } from '@nestjs/common';
import { Principal } from '../../auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import type { CreateIntellectualDto } from '../../intellectuals/dto/profile.dto';
import type { Intellectual } from '../../intellectuals/entities/intellectual.entity';
import { RowCells } from '../rows/import-columns';
import { ImportRow } from '../rows/import-row';
import { ReferenceLookups } from '../rows/reference-lookups';
import { columnOfField, toCreateDto, validateCreateDto } from '../rows/row-dto';
import { parseRow } from '../rows/row-parser';
import { DryRunPlan } from './dry-run-plan';
import { ImportProfileWriter } from './import-profile-writer';
import { ProfileMatcher } from './profile-matcher';
import { hasChanges, rowChanges } from './row-changes';
import { RowOutcome } from './row-outcome';

export interface ApplyOptions {
  /** Present for a dry run, which writes nothing. */
  dryRun?: DryRunPlan;
  actor: Principal;
}

/**
 * Decides and applies one row: a national ID that exists updates that profile (or changes nothing);
 * otherwise a person with the same name and birth date is a possible duplicate for an officer,
 * unless the row says nothing new about them; otherwise the row creates a profile. Writes go through
 * the profile API's service (its rules, audit and search outbox); a dry run writes nothing.
 */
@Injectable()
export class RowApplier {
  private readonly logger = new Logger(RowApplier.name);

  constructor(
    private readonly matcher: ProfileMatcher,
    private readonly writer: ImportProfileWriter,
  ) {}

  async apply(
    cells: RowCells,
    lookups: ReferenceLookups,
    today: string,
    options: ApplyOptions,
  ): Promise<RowOutcome> {
    const parsed = parseRow(cells, lookups, today);
    if (!parsed.ok) return { kind: 'failed', problems: parsed.problems };
    const dto = toCreateDto(parsed.row);
    const problems = await validateCreateDto(dto);
    if (problems.length) return { kind: 'failed', problems };
    try {
      return await this.decide(parsed.row, dto, options);
    } catch (error) {
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

  private async decide(
    row: ImportRow,
    dto: CreateIntellectualDto,
    options: ApplyOptions,
  ): Promise<RowOutcome> {
    const known = row.nationalId ? await this.matcher.byNationalId(row.nationalId) : null;
    if (known) return this.update(known, dto, options);
    const similar = await this.matcher.sameNameAndBirth(row);
    for (const candidate of similar) {
      const changes = rowChanges(dto, candidate, await this.matcher.educationsOf(candidate.id));
      if (!hasChanges(changes)) return { kind: 'unchanged' };
    }
    if (similar.length)
      return { kind: 'possible_duplicate', candidateIds: similar.map((person) => person.id) };
    if (options.dryRun) {
      const planned = options.dryRun.outcomeFor(row, dto);
      if (planned === 'possible_duplicate') return { kind: 'possible_duplicate', candidateIds: [] };
      if (planned) return { kind: planned };
      options.dryRun.created(row, dto);
    } else await this.writer.create(dto, options.actor);
    return { kind: 'created' };
  }

  private async update(
    profile: Intellectual,
    dto: CreateIntellectualDto,
    options: ApplyOptions,
  ): Promise<RowOutcome> {
    const changes = rowChanges(dto, profile, await this.matcher.educationsOf(profile.id));
    if (!hasChanges(changes)) return { kind: 'unchanged' };
    if (!options.dryRun) await this.writer.update(profile, changes, options.actor);
    return { kind: 'updated' };
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

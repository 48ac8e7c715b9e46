import { Injectable } from '@nestjs/common';
import { Principal } from '../../common/access/principal';
import type { CreateIntellectualDto } from '../../intellectuals';
import type { Intellectual } from '../../intellectuals';
import {
  IntellectualsService,
  applyFacts,
  assertValidFacts,
  planFacts,
  ProfilePartsService,
  unverified,
  ProfileWriter,
  WriteOptions,
  factReferences,
  ReferenceChecker,
} from '../../intellectuals';
import { RowChanges } from './row-changes';

const SOURCE = 'hr_import';

/**
 * Writes imported rows through the profile module: creation is IntellectualsService.createMany, and an
 * update is one ProfileWriter change (version check, row lock, audit, search outbox) that sets the
 * changed facts and adds the new degree together, so a row stays all or nothing. With `rollback`
 * (a dry run) every write and rule runs and is then undone.
 */
@Injectable()
export class ImportProfileWriter {
  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly writer: ProfileWriter,
    private readonly parts: ProfilePartsService,
    private readonly references: ReferenceChecker,
  ) {}

  /** Creates the profiles in one transaction: all or none; their ids in order. */
  async createMany(
    dtos: CreateIntellectualDto[],
    actor: Principal,
    options: WriteOptions = {},
  ): Promise<string[]> {
    return this.intellectuals.createMany(dtos, actor, SOURCE, options);
  }

  async update(
    profile: Intellectual,
    changes: RowChanges,
    actor: Principal,
    options: WriteOptions = {},
  ): Promise<void> {
    await this.references.assertExist(factReferences({ ...changes.facts }));
    const education = changes.education
      ? await this.parts.parseNew('educations', { ...changes.education })
      : null;
    await this.writer.change(
      profile.id,
      profile.version,
      actor,
      async (unit) => {
        const plan = planFacts(unit.profile, changes.facts);
        await assertValidFacts(unit, plan);
        if (plan.fields.length) {
          unit.record(
            'intellectual.update',
            applyFacts(unit.profile, plan, unverified(SOURCE)),
            `source: ${SOURCE}`,
          );
        }
        if (education) await this.parts.addOne(unit, 'educations', education, SOURCE);
      },
      options,
    );
  }
}

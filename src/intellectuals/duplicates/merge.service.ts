import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService } from '../../accounts';
import { FieldChanges, AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { CorrectionsService } from '../corrections.service';
import { FIELD_GROUPS, ProfileFactsDto } from '../dto/profile.dto';
import { Intellectual } from '../entities/intellectual.entity';
import { staleVersion, Tagged } from '../../common/http/etag';
import { IntellectualsService } from '../intellectuals.service';
import { InvitationsService } from '../invitations.service';
import { ATTRIBUTE_CLASSES } from '../privacy/attribute-classes';
import { PROFILE_NOT_FOUND } from '../../common/access/access';
import { assertValidFacts, planFacts } from '../profile-facts';
import { PART_KINDS } from '../profile-parts';
import { ProfileView } from '../profile-view';
import { ProfileUnit, ProfileWriter } from '../profile-writer';
import { invalidInput } from '../validation/reference-checker';
import {
  FactConflict,
  FactsMerge,
  mergedProvenance,
  mergeFacts,
  SINGLE_FACTS,
  SingleFact,
} from './merge-facts';
import { MergeDto } from './merge.dto';
import { moveParts, repointRelations } from './merge-parts';

/**
 * Merges a duplicate record into a survivor in one profile write (version check on the survivor, row
 * locks, audit, search outbox for both): the other's parts move over with their provenance (items
 * equal to one the survivor has are dropped), facts the survivor lacks are taken over, lists are
 * united, a fact both hold differently keeps the side the officer chose (the other value stays in the
 * audit), relations, the account (through the accounts service), correction requests and invitations
 * follow, and the other is soft-deleted with merged_into_id pointing to the survivor.
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ProfileWriter,
    private readonly intellectuals: IntellectualsService,
    private readonly accounts: AccountsService,
    private readonly corrections: CorrectionsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  async merge(
    survivorId: string,
    version: number,
    input: MergeDto,
    actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    if (survivorId === input.otherId) {
      throw DomainError.invalidField(
        'otherId',
        'A record cannot be merged into itself',
        'Không thể hợp nhất hồ sơ với chính nó',
      );
    }
    const saved = await this.writer
      .change(survivorId, version, actor, (unit) => this.mergeInto(unit, input), {
        alsoLock: [input.otherId],
      })
      .catch((error: unknown) => this.rethrow(error, [survivorId, input.otherId], actor));
    return this.intellectuals.viewAfterWrite(survivorId, saved.version, actor);
  }

  private async mergeInto(unit: ProfileUnit, input: MergeDto): Promise<void> {
    const survivorId = unit.profile.id;
    const other = await unit.manager.findOne(Intellectual, {
      where: { id: input.otherId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!other) throw PROFILE_NOT_FOUND();
    if (input.otherVersion !== undefined && input.otherVersion !== other.version) throw staleVersion();
    const facts = mergeFacts(unit.profile, other, { ...input.choices });
    if (facts.needlessChoices.length) throw needlessChoices(facts.needlessChoices);
    if (facts.conflicts.length) throw new MergeChoiceRequired(facts.conflicts);
    const purpose = `merge of intellectual ${other.id} into ${survivorId}`;
    const changes: FieldChanges = { mergedFrom: { before: null, after: other.id } };
    for (const kind of PART_KINDS) Object.assign(changes, await moveParts(unit, kind, other.id));
    await repointRelations(unit, other.id);
    // after the parts: the rules that span facts and parts (birth date and degree years) see both
    Object.assign(changes, await takeFacts(unit, other, facts));
    const account = await this.accounts.relinkProfile(
      unit.manager,
      other.id,
      survivorId,
      unit.actor,
      purpose,
    );
    if (account) changes.account = { before: null, after: account };
    const requests = await this.corrections.moveToProfile(unit.manager, other.id, survivorId);
    if (requests.length) changes.correctionRequests = { before: [], after: requests };
    const invitations = await this.invitations.revokeOpen(unit.manager, other.id);
    if (invitations.length) changes.invitationsRevoked = { before: [], after: invitations };
    // the national ID is unique: the merged row gives it up before the survivor's row is saved
    await unit.manager.update(
      Intellectual,
      { id: other.id, version: other.version },
      { deletedAt: new Date(), mergedIntoId: survivorId, nationalId: null, version: other.version + 1 },
    );
    unit.alsoChanged(other.id);
    unit.record('intellectual.merge', changes, purpose);
    unit.recordAbout(
      other.id,
      'intellectual.merged_into',
      {
        mergedIntoId: { before: null, after: survivorId },
        deletedAt: { before: null, after: 'merged' },
        ...(other.nationalId !== null && { nationalId: { before: other.nationalId, after: null } }),
      },
      purpose,
    );
  }

  /** A refused merge that showed restricted values of both records is a staff read of them: audited. */
  private async rethrow(error: unknown, ids: string[], actor: Principal): Promise<never> {
    if (error instanceof MergeChoiceRequired && error.showsRestricted) {
      await this.audit.recordMany(
        this.dataSource.manager,
        ids.map((id) => ({
          actor,
          action: 'intellectual.read_restricted',
          entityType: 'intellectual',
          entityId: id,
          purpose: 'merge refused: conflicting facts shown to choose from',
        })),
      );
    }
    throw error;
  }
}

/** Applies the planned facts to the survivor; returns their audit, with every discarded value. */
async function takeFacts(unit: ProfileUnit, other: Intellectual, facts: FactsMerge): Promise<FieldChanges> {
  const plan = planFacts(unit.profile, facts.values as Partial<ProfileFactsDto>);
  if (plan.fields.length) await assertValidFacts(unit, plan);
  const changes: FieldChanges = {};
  const profile = unit.profile as unknown as Record<string, unknown>;
  for (const field of plan.fields) {
    changes[field] = { before: profile[field] ?? null, after: plan.values[field] ?? null };
    profile[field] = plan.values[field];
  }
  const provenance = { ...unit.profile.provenance };
  for (const group of new Set(plan.fields.map((field) => FIELD_GROUPS[field]))) {
    const taken = other.provenance[group];
    if (taken) provenance[group] = mergedProvenance(group, provenance[group], taken);
  }
  unit.profile.provenance = provenance;
  for (const [fact, value] of Object.entries(facts.discarded)) {
    changes[`${fact}.discarded`] = { before: value, after: null };
  }
  return changes;
}

/** 409: both records hold a different value of these facts, and the request did not choose. */
export class MergeChoiceRequired extends DomainError {
  /** Whether the conflicting values include restricted attributes (national ID, birth date…). */
  readonly showsRestricted: boolean;

  constructor(readonly conflicts: FactConflict[]) {
    const facts = conflicts.map((conflict) => conflict.fact).join(', ');
    super(
      'MERGE_CHOICE_REQUIRED',
      {
        en: `The records disagree on: ${facts}. Say whose value to keep in choices`,
        vi: `Hai hồ sơ có thông tin khác nhau: ${facts}. Hãy chọn giá trị giữ lại trong choices`,
      },
      conflicts.map(({ fact, survivor, other }) => {
        const [kept, incoming] = [JSON.stringify(survivor), JSON.stringify(other)];
        return {
          field: `choices.${fact}`,
          message: `${fact} is ${kept} in this record and ${incoming} in the other; choose "survivor" or "other"`,
          messageVi: `${fact} là ${kept} ở hồ sơ này và ${incoming} ở hồ sơ kia; hãy chọn "survivor" hoặc "other"`,
        };
      }),
    );
    this.showsRestricted = conflicts.some(({ fact }) =>
      (SINGLE_FACTS[fact] as readonly string[]).some(
        (field) => ATTRIBUTE_CLASSES[field as keyof typeof ATTRIBUTE_CLASSES] === 'restricted',
      ),
    );
  }
}

function needlessChoices(facts: SingleFact[]): DomainError {
  return invalidInput(
    facts.map((fact) => ({
      field: `choices.${fact}`,
      message: `The records do not disagree on ${fact}; leave this choice out`,
      messageVi: `Hai hồ sơ không khác nhau về ${fact}; hãy bỏ lựa chọn này`,
    })),
  );
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { FieldChanges, AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import { Permission } from '../common/access/permissions';
import { DomainError, FieldProblem } from '../common/errors/domain-error';
import { Page, page, PageQuery } from '../common/pagination/page';
import { IdempotencyStore } from '../common/idempotency/idempotency-store';
import { CreateIntellectualDto, UpdateIntellectualDto } from './dto/profile.dto';
import { IntellectualQuery, VerifyDto } from './dto/requests.dto';
import { Intellectual } from './entities/intellectual.entity';
import { FactGroup, Source } from './entities/provenance';
import { etagOf, Tagged } from '../common/http/etag';
import { PrivacyClass, PRIVACY_CLASSES, visibleClasses } from './privacy/attribute-classes';
import { PROFILE_NOT_FOUND, requireAccess } from '../common/access/access';
import { applyFacts, assertValidFacts, planFacts } from './profile-facts';
import { ProfileLoader } from './profile-loader';
import { PART_KINDS, PARTS, PartEntity } from './profile-parts';
import { ProfilePartsService, unverified } from './profile-parts.service';
import { ProfileView, serializeProfile, serializeSummary } from './profile-view';
import { ProfileUnit, ProfileWriter, WriteOptions } from './profile-writer';
import { HistoryEventView, historyView } from './history-view';
import { peopleScope } from './intellectual-filter';
import { orderByVietnameseName } from './name-order';
import { FullTextMatcher } from './full-text-matcher';
import { factProblems, partProblems } from './validation/profile-rules';
import {
  factReferences,
  invalidInput,
  partReferences,
  Reference,
  ReferenceChecker,
} from './validation/reference-checker';

const ALL_CLASSES: ReadonlySet<PrivacyClass> = new Set(PRIVACY_CLASSES);

/** The staff side of profiles: list, read, create, edit, delete, restore, verify, history. */
@Injectable()
export class IntellectualsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: ProfileWriter,
    private readonly loader: ProfileLoader,
    private readonly references: ReferenceChecker,
    private readonly parts: ProfilePartsService,
    private readonly audit: AuditService,
    private readonly fullText: FullTextMatcher,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async list(query: IntellectualQuery, principal: Principal): Promise<Page<ProfileView>> {
    const builder = this.dataSource.manager.createQueryBuilder(Intellectual, 'i');
    (await peopleScope(query, principal, this.fullText))(builder);
    orderOf(builder, query.sort);
    const [rows, total] = await builder.take(query.limit).skip(query.offset).getManyAndCount();
    const loaded = await this.loader.withParts(this.dataSource.manager, rows, []);
    const classes = visibleClasses(principal, false);
    return page(
      loaded.map((item) => serializeSummary(item, classes)),
      total,
      query,
    );
  }

  async get(id: string, principal: Principal): Promise<Tagged<ProfileView>> {
    requireAccess(principal, Permission.ProfilesRead, { intellectualId: id });
    const isOwner = principal.intellectualId === id;
    const loaded = await this.loader.load(this.dataSource.manager, id);
    if (!loaded) throw PROFILE_NOT_FOUND();
    const classes = visibleClasses(principal, isOwner);
    if (!isOwner && classes.has('restricted')) {
      // Staff reads of restricted attributes are audited (DESIGN.md section 4).
      await this.audit.record(this.dataSource.manager, {
        actor: principal,
        action: 'intellectual.read_restricted',
        entityType: 'intellectual',
        entityId: id,
        purpose: 'profile read including restricted attributes',
      });
    }
    return new Tagged(serializeProfile(loaded, classes), loaded.profile.version);
  }

  /**
   * Creates a profile with its parts in one transaction: `actor` undefined means the system, and
   * `source` says where the facts come from.
   */
  async create(
    input: CreateIntellectualDto,
    actor: Principal | undefined,
    source: Source = input.source ?? 'officer',
  ): Promise<Tagged<ProfileView>> {
    // The answer is read inside the transaction and saved with it for an Idempotency-Key retry: once
    // committed, answering needs no further read that a failing database could break.
    let answer: Tagged<ProfileView> | undefined;
    await this.createMany([input], actor, source, {
      beforeCommit: async (manager, [id]) => {
        answer = await this.viewOf(manager, id, 1, actor);
        await this.idempotency.save(manager, {
          statusCode: 201,
          response: answer.body,
          headers: { ETag: etagOf(answer.version) },
        });
      },
    });
    return answer!;
  }

  /**
   * Creates many profiles (spreadsheet imports, the demo seed) with the same rules, audit and outbox
   * as one: one transaction and one INSERT per table, all or none. Returns the new ids in input order.
   */
  async createMany(
    inputs: CreateIntellectualDto[],
    actor: Principal | undefined,
    source: Source,
    options: WriteOptions & { beforeCommit?: (manager: EntityManager, ids: string[]) => Promise<void> } = {},
  ): Promise<string[]> {
    const drafts = inputs.map((input) => newProfileDraft(input, source));
    await this.assertValid(drafts);
    return this.writer.createMany(
      actor,
      drafts.map((draft) => draft.root),
      (units) =>
        this.buildNew(
          units.map((unit, index) => ({ unit, draft: drafts[index] })),
          source,
        ),
      options,
    );
  }

  /** Rules of the facts and items, and that every code and id they reference exists (one query each). */
  private async assertValid(drafts: NewProfileDraft[]): Promise<void> {
    const problems = drafts.flatMap((draft) => draft.problems);
    problems.push(...(await this.references.problems(drafts.flatMap((draft) => draft.references))));
    if (problems.length) throw invalidInput(problems);
  }

  /** Inserts the parts of just-created profiles and records each one's creation event. */
  private async buildNew(
    batch: Array<{ unit: ProfileUnit; draft: NewProfileDraft }>,
    source: Source,
  ): Promise<void> {
    const changes = batch.map(({ draft }) => draft.changes);
    for (const kind of PART_KINDS) {
      const items = batch.map(({ draft }) => (draft.input[kind] ?? []).map((item) => ({ ...item })));
      const rows = await this.parts.addToNew(
        kind,
        batch.map(({ unit }, index) => ({ unit, items: items[index] })),
        source,
        (index) => `${kind}.${index}`,
      );
      rows.forEach((inserted, index) => {
        if (inserted.length === 0) return;
        changes[index][kind] = {
          before: null,
          after: inserted.map((row, at) => ({ id: row.id, ...items[index][at] })),
        };
      });
    }
    batch.forEach(({ unit }, index) =>
      unit.record('intellectual.create', changes[index], `source: ${source}`),
    );
  }

  async update(
    id: string,
    version: number,
    input: UpdateIntellectualDto,
    actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    const { source = 'officer', ...facts } = input;
    await this.references.assertExist(factReferences(facts));
    const saved = await this.writer.change(id, version, actor, async (unit) => {
      const plan = planFacts(unit.profile, facts);
      await assertValidFacts(unit, plan);
      if (plan.fields.length === 0) return;
      unit.record('intellectual.update', applyFacts(unit.profile, plan, unverified(source)));
    });
    return this.viewAfterWrite(id, saved.version, actor);
  }

  /** Soft delete: the profile leaves every list and search; officers and admins can restore it. */
  async remove(id: string, version: number, actor: Principal): Promise<Tagged<void>> {
    const saved = await this.writer.change(id, version, actor, (unit) => {
      unit.profile.deletedAt = new Date();
      unit.record('intellectual.delete', {
        deletedAt: { before: null, after: unit.profile.deletedAt.toISOString() },
      });
    });
    return new Tagged(undefined, saved.version);
  }

  async restore(id: string, version: number, actor: Principal): Promise<Tagged<ProfileView>> {
    const saved = await this.writer.change(
      id,
      version,
      actor,
      (unit) => {
        const deletedAt = unit.profile.deletedAt;
        unit.profile.deletedAt = null;
        unit.record('intellectual.restore', {
          deletedAt: { before: deletedAt?.toISOString() ?? null, after: null },
        });
      },
      { deleted: true },
    );
    return this.viewAfterWrite(id, saved.version, actor);
  }

  /** Marks fact groups and part items as verified by the caller, now. */
  async verify(
    id: string,
    version: number,
    input: VerifyDto,
    actor: Principal,
  ): Promise<Tagged<ProfileView>> {
    const saved = await this.writer.change(id, version, actor, async (unit) => {
      const changes = { ...this.verifyGroups(unit, input), ...(await this.verifyParts(unit, input)) };
      if (Object.keys(changes).length === 0) {
        throw DomainError.invalidField(
          'groups',
          'Name the fact groups or part items you verified (or all: true); they must be unverified',
          'Hãy nêu nhóm thông tin hoặc mục đã xác minh (hoặc all: true); chúng phải chưa được xác minh',
        );
      }
      unit.record('intellectual.verify', changes);
    });
    return this.viewAfterWrite(id, saved.version, actor);
  }

  async history(id: string, query: PageQuery, principal: Principal): Promise<Page<HistoryEventView>> {
    requireAccess(principal, Permission.ProfilesRead, { intellectualId: id });
    const isOwner = principal.intellectualId === id;
    if (!(await this.dataSource.manager.existsBy(Intellectual, { id }))) throw PROFILE_NOT_FOUND();
    const [events, total] = await this.audit.history('intellectual', id, query.limit, query.offset);
    const classes = visibleClasses(principal, isOwner);
    return page(
      events.map((event) => historyView(event, classes)),
      total,
      query,
    );
  }

  /** The profile as the writer left it, for the caller (the system sees everything). */
  async viewAfterWrite(
    id: string,
    version: number,
    actor: Principal | undefined,
  ): Promise<Tagged<ProfileView>> {
    return this.viewOf(this.dataSource.manager, id, version, actor);
  }

  private async viewOf(
    manager: EntityManager,
    id: string,
    version: number,
    actor: Principal | undefined,
  ): Promise<Tagged<ProfileView>> {
    const loaded = await this.loader.load(manager, id);
    if (!loaded) throw PROFILE_NOT_FOUND();
    const classes = actor ? visibleClasses(actor, actor.intellectualId === id) : ALL_CLASSES;
    return new Tagged(serializeProfile(loaded, classes), version);
  }

  private verifyGroups(unit: ProfileUnit, input: VerifyDto): FieldChanges {
    const provenance = unit.profile.provenance;
    const groups = input.all ? (Object.keys(provenance) as FactGroup[]) : (input.groups ?? []);
    const missing = groups.filter((group) => !provenance[group]);
    if (missing.length) {
      throw invalidInput(
        missing.map((group) => ({
          field: `groups.${groups.indexOf(group)}`,
          message: `The profile has no ${group} facts to verify`,
          messageVi: `Hồ sơ chưa có thông tin nhóm ${group} để xác minh`,
        })),
      );
    }
    const changes: FieldChanges = {};
    const stamp = {
      verification: 'verified' as const,
      verifiedBy: unit.actor?.accountId ?? null,
      verifiedAt: new Date().toISOString(),
    };
    const next = { ...provenance };
    for (const group of groups) {
      if (provenance[group]!.verification === 'verified') continue;
      next[group] = { ...provenance[group]!, ...stamp };
      changes[`provenance.${group}.verification`] = { before: 'unverified', after: 'verified' };
    }
    unit.profile.provenance = next;
    return changes;
  }

  private async verifyParts(unit: ProfileUnit, input: VerifyDto): Promise<FieldChanges> {
    const stamp: Partial<PartEntity> = {
      verification: 'verified',
      verifiedBy: unit.actor?.accountId ?? null,
      verifiedAt: new Date(),
    };
    const changes: FieldChanges = {};
    const mark = (kind: string, item: PartEntity) => {
      changes[`${kind}.${item.id}.verification`] = { before: item.verification, after: 'verified' };
    };
    if (input.all) {
      for (const kind of PART_KINDS) {
        const items = await unit.manager.find<PartEntity>(PARTS[kind].entity, {
          where: { intellectualId: unit.profile.id, verification: 'unverified' },
        });
        if (items.length === 0) continue;
        await unit.manager.update(
          PARTS[kind].entity,
          items.map((item) => item.id),
          stamp,
        );
        items.forEach((item) => mark(kind, item));
      }
      return changes;
    }
    for (const [index, ref] of (input.parts ?? []).entries()) {
      const item = await unit.manager.findOne<PartEntity>(PARTS[ref.part].entity, {
        where: { id: ref.id, intellectualId: unit.profile.id },
      });
      if (!item) {
        throw DomainError.invalidField(
          `parts.${index}.id`,
          `No ${PARTS[ref.part].label.en} ${ref.id} in this profile`,
          `Hồ sơ không có mục ${PARTS[ref.part].label.vi} ${ref.id}`,
        );
      }
      if (item.verification === 'verified') continue;
      await unit.manager.update(PARTS[ref.part].entity, item.id, stamp);
      mark(ref.part, item);
    }
    return changes;
  }
}

function orderOf(
  builder: SelectQueryBuilder<Intellectual>,
  sort: IntellectualQuery['sort'] = 'fullName',
): void {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const name = sort.replace(/^-/, '');
  if (name === 'fullName') orderByVietnameseName(builder, direction);
  else builder.addOrderBy(`i.${name}`, direction).addOrderBy('i.id', 'ASC');
}

/** A new profile planned from its input: the root to insert, its audit changes and what to check. */
interface NewProfileDraft {
  input: CreateIntellectualDto;
  root: Partial<Intellectual>;
  changes: FieldChanges;
  problems: FieldProblem[];
  references: Reference[];
}

function newProfileDraft(input: CreateIntellectualDto, source: Source): NewProfileDraft {
  const plan = planFacts(new Intellectual(), input);
  const facts = { ...plan.values };
  const problems: FieldProblem[] = factProblems(facts);
  for (const kind of PART_KINDS) {
    (input[kind] ?? []).forEach((item, index) =>
      problems.push(...partProblems(kind, { ...item }, `${kind}.${index}`, { birthDate: input.birthDate })),
    );
  }
  const references = [
    ...factReferences(facts),
    ...PART_KINDS.flatMap((kind) =>
      (input[kind] ?? []).flatMap((item, index) => partReferences(kind, { ...item }, `${kind}.${index}`)),
    ),
  ];
  return {
    input,
    root: {
      ...(facts as Partial<Intellectual>),
      provenance: Object.fromEntries(plan.groups.map((group) => [group, unverified(source)])),
    },
    changes: Object.fromEntries(
      plan.fields.map((field) => [field, { before: null, after: facts[field] ?? null }]),
    ),
    problems,
    references,
  };
}

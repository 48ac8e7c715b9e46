import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FieldChanges, AuditEntry, AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import { DomainError } from '../common/errors/domain-error';
import { violatedUniqueConstraint } from '../common/errors/unique-violation';
import { insertMany } from '../platform/database/insert-many';
import { enqueueOutbox } from '../platform/outbox/outbox';
import { Intellectual, INTELLECTUAL_AGGREGATE } from './entities/intellectual.entity';
import { staleVersion } from '../common/http/etag';
import { PROFILE_NOT_FOUND } from '../common/access/access';

/** What one write does to a profile, inside its transaction. */
export class ProfileUnit {
  private readonly touched = new Set<string>();
  /** The audit events of this write, inserted together by the writer just before it commits. */
  readonly events: AuditEntry[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly actor: Principal | undefined,
    /** The root as read under the row lock; change its columns here and the writer saves them. */
    readonly profile: Intellectual,
  ) {}

  /** Appends an audit event about this profile. */
  record(action: string, changes: FieldChanges, purpose?: string): void {
    this.recordAbout(this.profile.id, action, changes, purpose);
  }

  /** Appends an audit event about another profile this write changes (one merged into this one). */
  recordAbout(intellectualId: string, action: string, changes: FieldChanges, purpose?: string): void {
    this.events.push({
      actor: this.actor,
      action,
      entityType: 'intellectual',
      entityId: intellectualId,
      changes,
      purpose,
    });
  }

  /** Every real change is audited, so an unaudited unit changed nothing. */
  get changed(): boolean {
    return this.events.length > 0;
  }

  /** Another profile whose search document this write changes too (e.g. the other side of a relation). */
  alsoChanged(id: string): void {
    this.touched.add(id);
  }

  get changedIds(): string[] {
    return [this.profile.id, ...this.touched];
  }
}

export interface WriteOptions {
  /** Make every write and check, then roll back: what a real write would do, leaving no trace. */
  rollback?: boolean;
  /** Run inside the caller's transaction (see changeWithin) instead of one of its own. */
  within?: EntityManager;
}

/** Columns of the root the writer compares and saves (not the version, dates or relations). */
const ROOT_COLUMNS = [
  'fullName',
  'otherNames',
  'gender',
  'birthDate',
  'ethnicGroupCode',
  'nationalId',
  'hometown',
  'disability',
  'homeAddress',
  'communeCode',
  'provinceName',
  'countryCode',
  'email',
  'phone',
  'biography',
  'expertise',
  'languages',
  'primaryFieldCode',
  'fieldCodes',
  'academicTitle',
  'honoraryTitles',
  'organizationId',
  'organizationName',
  'position',
  'sector',
  'civilService',
  'status',
  'overseasInfo',
  'publicProfile',
  'publicProfileConsentedAt',
  'provenance',
  'deletedAt',
] as const satisfies ReadonlyArray<keyof Intellectual>;

/**
 * Every write to a profile goes through here: one transaction that locks the root, checks the version
 * the client read, applies the change, saves the root with `UPDATE … WHERE version = ?` (bumping it),
 * and records the audit events and the search outbox row. So no write is lost, none skips the audit,
 * and search always hears about it.
 */
@Injectable()
export class ProfileWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates profiles (version 1) in one transaction with one INSERT per table: all or none. `build`
   * inserts their parts and records their audit events; it gets the units in the order of `roots`.
   * A failure does not say which profile caused it: callers that need to know retry one at a time.
   */
  async createMany(
    actor: Principal | undefined,
    roots: Array<Partial<Intellectual>>,
    build: (units: ProfileUnit[]) => Promise<void>,
    options: WriteOptions & {
      /** Runs last in the transaction, e.g. to build the answer from what is about to be committed. */
      beforeCommit?: (manager: EntityManager, ids: string[]) => Promise<void>;
    } = {},
  ): Promise<string[]> {
    if (roots.length === 0) return [];
    return this.transactions(options)
      .transaction(async (manager) => {
        const profiles = roots.map((root) => Object.assign(new Intellectual(), root, { id: randomUUID() }));
        await insertMany(manager, Intellectual, profiles);
        const units = profiles.map((profile) => new ProfileUnit(manager, actor, profile));
        await build(units);
        await this.finish(manager, units);
        const ids = profiles.map((profile) => profile.id);
        await options.beforeCommit?.(manager, ids);
        return ids;
      })
      .catch(rethrowDuplicateNationalId);
  }

  /**
   * Changes the profile `id` the client read at `expectedVersion`. 404 when it does not exist (or,
   * for `deleted: true`, is not deleted), 412 when someone changed it since.
   */
  async change<T>(
    id: string,
    expectedVersion: number,
    actor: Principal | undefined,
    work: (unit: ProfileUnit) => T | Promise<T>,
    options: WriteOptions & {
      deleted?: boolean;
      /** Other profiles the work changes: all rows are locked in id order, so two writes never deadlock. */
      alsoLock?: string[];
    } = {},
  ): Promise<{ result: T; version: number }> {
    return this.transactions(options)
      .transaction(async (manager) => {
        if (options.alsoLock?.length) {
          await manager.query(`SELECT 1 FROM intellectual WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [
            [id, ...options.alsoLock],
          ]);
        }
        const profile = await manager.findOne(Intellectual, {
          where: { id },
          withDeleted: true,
          lock: { mode: 'pessimistic_write' },
        });
        if (!profile || (profile.deletedAt !== null) !== !!options.deleted) throw PROFILE_NOT_FOUND();
        if (profile.version !== expectedVersion) throw staleVersion();
        const before = snapshot(profile);
        const unit = new ProfileUnit(manager, actor, profile);
        const result = await work(unit);
        const after = snapshot(profile);
        const changed: Partial<Intellectual> = Object.fromEntries(
          ROOT_COLUMNS.filter(
            (column) => JSON.stringify(before[column]) !== JSON.stringify(after[column]),
          ).map((column) => [column, profile[column]]),
        );
        if (!unit.changed && Object.keys(changed).length === 0) return { result, version: profile.version };
        const saved = await manager
          .createQueryBuilder()
          .update(Intellectual)
          .set(changed)
          .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
          .andWhere(options.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL')
          .returning(['version'])
          .execute();
        // Unreachable under the row lock, but the guarded UPDATE is what promises no lost write.
        if (saved.affected !== 1) throw staleVersion();
        await this.finish(manager, [unit]);
        return { result, version: (saved.raw as Array<{ version: number }>)[0].version };
      })
      .catch(rethrowDuplicateNationalId);
  }

  /**
   * change() inside the caller's transaction, at the version the profile has now (read under its row
   * lock): for changes the system makes to a person's record as part of another write, such as the
   * award an honor campaign's publication gives. Audit events and the search outbox row are written in
   * that transaction, so they commit or roll back with it.
   */
  async changeWithin<T>(
    manager: EntityManager,
    id: string,
    actor: Principal | undefined,
    work: (unit: ProfileUnit) => T | Promise<T>,
  ): Promise<{ result: T; version: number }> {
    const current = await manager.findOne(Intellectual, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) throw PROFILE_NOT_FOUND();
    return this.change(id, current.version, actor, work, { within: manager });
  }

  /** Where writes run; with `rollback` each transaction is undone once it succeeded (an import's dry run). */
  private transactions(options: WriteOptions): Pick<DataSource, 'transaction'> {
    const within = options.within;
    if (within) {
      const transaction = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => work(within);
      return { transaction } as Pick<DataSource, 'transaction'>;
    }
    if (!options.rollback) return this.dataSource;
    const transaction = async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        return await work(runner.manager);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    };
    return { transaction } as Pick<DataSource, 'transaction'>;
  }

  /** The audit events and search outbox rows of a write, in its transaction. */
  private async finish(manager: EntityManager, units: ProfileUnit[]): Promise<void> {
    await this.audit.recordMany(
      manager,
      units.flatMap((unit) => unit.events),
    );
    await enqueueOutbox(
      manager,
      INTELLECTUAL_AGGREGATE,
      units.flatMap((unit) => unit.changedIds),
    );
  }
}

function snapshot(profile: Intellectual): Record<string, unknown> {
  return Object.fromEntries(ROOT_COLUMNS.map((column) => [column, structuredClone(profile[column])]));
}

function rethrowDuplicateNationalId(error: unknown): never {
  if (violatedUniqueConstraint(error) === 'intellectual_national_id_key') {
    throw DomainError.conflictOn(
      'NATIONAL_ID_TAKEN',
      'nationalId',
      'Another profile has this nationalId',
      'Số định danh này đã thuộc về một hồ sơ khác',
    );
  }
  throw error;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { diff, AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import { PasswordHasher } from './password-hasher';
import { Permission, permissionsOf } from '../common/access/permissions';
import { Role } from '../common/access/roles';
import { DomainError } from '../common/errors/domain-error';
import { violatedUniqueConstraint } from '../common/errors/unique-violation';
import { Page, page, PageQuery } from '../common/pagination/page';
import { Account } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { AccountView, CreateAccountDto, UpdateAccountDto } from './account.dto';

/** Administration of accounts and roles; every change is audited. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: PageQuery): Promise<Page<AccountView>> {
    const [items, total] = await this.accounts.list(query.limit, query.offset);
    return page(
      items.map((item) => AccountView.of(item)),
      total,
      query,
    );
  }

  async get(id: string): Promise<AccountView> {
    return AccountView.of(await this.require(id));
  }

  /** `manager`: create inside the caller's transaction (e.g. accepting a profile invitation). */
  async create(
    input: CreateAccountDto,
    actor: Principal | undefined,
    manager?: EntityManager,
  ): Promise<AccountView> {
    const passwordHash = await this.hasher.hash(input.password);
    const run = async (manager: EntityManager) => {
      await requireLinkableIntellectual(manager, input.intellectualId);
      const account = manager.create(Account, {
        email: input.email.toLowerCase(),
        passwordHash,
        displayName: input.displayName,
        roles: unique(input.roles),
        intellectualId: input.intellectualId ?? null,
        organizationId: input.organizationId ?? null,
        disabledAt: null,
      });
      await requireOrganizationFor(manager, account);
      await manager.save(account).catch(rethrowDuplicate);
      await this.audit.record(manager, {
        actor,
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        changes: diff({}, auditable(account)),
      });
      return AccountView.of(account);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async update(
    id: string,
    input: UpdateAccountDto,
    actor: Principal | undefined,
    purpose?: string,
  ): Promise<AccountView> {
    const passwordHash = input.password ? await this.hasher.hash(input.password) : undefined;
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(Account, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw DomainError.notFound('Account', 'tài khoản');
      const before = auditable(account);
      if (input.displayName !== undefined) account.displayName = input.displayName;
      if (input.roles !== undefined) account.roles = unique(input.roles);
      if (input.intellectualId !== undefined) {
        await requireLinkableIntellectual(manager, input.intellectualId);
        account.intellectualId = input.intellectualId;
      }
      if (input.organizationId !== undefined) account.organizationId = input.organizationId;
      if (input.roles !== undefined || input.organizationId !== undefined) {
        await requireOrganizationFor(manager, account);
      }
      if (input.disabled !== undefined)
        account.disabledAt = input.disabled ? (account.disabledAt ?? new Date()) : null;
      if (passwordHash) account.passwordHash = passwordHash;
      await manager.save(account).catch(rethrowDuplicate);
      const changes = diff(before, auditable(account));
      if (passwordHash) changes.password = { before: '(hidden)', after: '(changed)' };
      await this.audit.record(manager, {
        actor,
        action: 'account.update',
        entityType: 'account',
        entityId: id,
        changes,
        purpose,
      });
      return AccountView.of(account);
    });
  }

  /**
   * Moves the account linked to profile `fromId` to profile `toId` (a merge), inside the caller's
   * transaction, audited on the account. Returns the account's id, or null when none was linked.
   */
  async relinkProfile(
    manager: EntityManager,
    fromId: string,
    toId: string,
    actor: Principal | undefined,
    purpose: string,
  ): Promise<string | null> {
    const account = await manager.findOne(Account, {
      where: { intellectualId: fromId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!account) return null;
    if (await manager.existsBy(Account, { intellectualId: toId })) {
      throw new DomainError('MERGE_BOTH_LINKED', {
        en: 'Both records have a linked account; unlink one before merging',
        vi: 'Cả hai hồ sơ đều đã gắn tài khoản; hãy gỡ một tài khoản trước khi hợp nhất',
      });
    }
    await manager.update(Account, account.id, { intellectualId: toId });
    await this.audit.record(manager, {
      actor,
      action: 'account.relink',
      entityType: 'account',
      entityId: account.id,
      changes: { intellectualId: { before: fromId, after: toId } },
      purpose,
    });
    return account.id;
  }

  private async require(id: string): Promise<Account> {
    const account = await this.accounts.findById(id);
    if (!account) throw DomainError.notFound('Account', 'tài khoản');
    return account;
  }
}

function unique(roles: Role[]): Role[] {
  return [...new Set(roles)];
}

/** The account's facts worth auditing; never the password hash. */
function auditable(account: Account): Record<string, unknown> {
  return {
    email: account.email,
    displayName: account.displayName,
    roles: account.roles,
    intellectualId: account.intellectualId,
    organizationId: account.organizationId,
    disabled: account.disabledAt !== null,
  };
}

/**
 * An account that submits review requests for its own organization only (an agency's) acts for one
 * catalog organization, which must exist.
 */
async function requireOrganizationFor(manager: EntityManager, account: Account): Promise<void> {
  if (account.organizationId === null) {
    const permissions = permissionsOf(account.roles);
    if (!permissions.has(Permission.RequestsSubmit) || permissions.has(Permission.RequestsManage)) return;
    throw DomainError.invalidField(
      'organizationId',
      'An agency account needs organizationId: the organization it acts for',
      'Tài khoản cơ quan đặt hàng cần organizationId: tổ chức mà tài khoản đại diện',
    );
  }
  if (!(await manager.existsBy('Organization', { id: account.organizationId }))) {
    throw DomainError.invalidField(
      'organizationId',
      'organizationId names no organization of the catalog',
      'organizationId không ứng với tổ chức nào trong danh mục',
    );
  }
}

/** An account links only to a profile that exists and is not deleted. */
async function requireLinkableIntellectual(
  manager: EntityManager,
  id: string | null | undefined,
): Promise<void> {
  if (id && !(await manager.existsBy('Intellectual', { id }))) {
    throw DomainError.invalidField(
      'intellectualId',
      'intellectualId names no existing intellectual profile',
      'intellectualId không ứng với hồ sơ trí thức nào',
    );
  }
}

/** Unique violations: the email, or a profile already linked to another account. */
function rethrowDuplicate(error: unknown): never {
  const constraint = violatedUniqueConstraint(error);
  if (constraint === 'account_intellectual_key') {
    throw DomainError.conflictOn(
      'ACCOUNT_ALREADY_LINKED',
      'intellectualId',
      'Another account is already linked to this intellectual',
      'Hồ sơ trí thức này đã được liên kết với một tài khoản khác',
    );
  }
  if (constraint !== undefined) {
    throw DomainError.conflictOn(
      'EMAIL_TAKEN',
      'email',
      'An account with this email exists',
      'Email này đã có tài khoản',
    );
  }
  throw error;
}

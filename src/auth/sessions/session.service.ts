import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Account } from '../../accounts';
import { AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { accountDisabled, principalOf } from '../token.service';
import { Session } from './session.entity';

/** How often a session's last_seen_at is moved forward: a write per minute, not per request. */
const TOUCH_INTERVAL_MS = 60_000;
const USER_AGENT_LENGTH = 200;

/** A session that authenticated a request, with its account as read by that request. */
export interface ActiveSession {
  session: Session;
  account: Account;
  principal: Principal;
}

export const sessionExpired = () =>
  new DomainError('SESSION_EXPIRED', {
    en: 'The session has expired or was ended, please sign in again',
    vi: 'Phiên đăng nhập đã hết hạn hoặc đã kết thúc, vui lòng đăng nhập lại',
  });

/** Starts, checks and ends browser sessions; only the SHA-256 of a session's token is stored. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A new session for an account whose credentials were just verified: returns the cookie's token.
   * The account's sessions that can no longer work are deleted here, so the table stays small
   * without a background job.
   */
  async start(account: Account, userAgent: string | undefined): Promise<{ token: string } & ActiveSession> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where('account_id = :accountId', { accountId: account.id })
        .andWhere('(revoked_at IS NOT NULL OR expires_at <= :now OR last_seen_at <= :idleSince)', {
          now,
          idleSince: new Date(now.getTime() - this.config.session.idleSeconds * 1000),
        })
        .execute();
      const created = await manager.save(
        manager.create(Session, {
          tokenHash: hashOf(token),
          accountId: account.id,
          csrfToken: randomBytes(32).toString('base64url'),
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + this.config.session.maxSeconds * 1000),
          revokedAt: null,
          userAgent: userAgent?.slice(0, USER_AGENT_LENGTH) ?? null,
        }),
      );
      await this.audit.record(manager, {
        actor: principalOf(account),
        action: 'account.sign-in',
        entityType: 'account',
        entityId: account.id,
        changes: { session: { before: null, after: created.id } },
      });
      return created;
    });
    return { token, session, account, principal: principalOf(account) };
  }

  /**
   * The session a cookie names, with its account re-read (a disabled account's sessions stop at
   * once); SESSION_EXPIRED when it is unknown, revoked, past its end or idle too long.
   */
  async authenticate(token: string): Promise<ActiveSession> {
    const session = await this.dataSource.getRepository(Session).findOne({
      where: { tokenHash: hashOf(token) },
      relations: { account: true },
    });
    const now = Date.now();
    if (!session?.account || session.revokedAt || !this.isLive(session, now)) throw sessionExpired();
    if (session.account.disabledAt) throw accountDisabled();
    if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.dataSource.getRepository(Session).update(session.id, { lastSeenAt: session.lastSeenAt });
    }
    return { session, account: session.account, principal: principalOf(session.account) };
  }

  /** Revokes the session: its cookie no longer works anywhere. */
  async end({ session, principal }: ActiveSession): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND revoked_at IS NULL', { id: session.id })
        .execute();
      if (!affected) return;
      await this.audit.record(manager, {
        actor: principal,
        action: 'account.sign-out',
        entityType: 'account',
        entityId: principal.accountId,
        changes: { session: { before: session.id, after: null } },
      });
    });
  }

  private isLive(session: Session, now: number): boolean {
    return (
      session.expiresAt.getTime() > now &&
      session.lastSeenAt.getTime() + this.config.session.idleSeconds * 1000 > now
    );
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

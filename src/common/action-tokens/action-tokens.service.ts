import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';
import { ActionToken } from './action-token.entity';

/** What a valid token stands for. */
export interface ActionTokenGrant {
  id: string;
  purpose: string;
  subjectId: string;
  expiresAt: Date;
}

/** 32 random bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const PURPOSE_PATTERN = /^[a-z][a-z0-9.-]{0,63}$/;
const MAX_TTL_SECONDS = 90 * 24 * 3600;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Signed links without signing in: issue a random token for one purpose and one object, send it in a
 * link, redeem it once. Both run inside the caller's transaction, so a redemption whose action fails
 * leaves the token unused, and an issue that rolls back leaves no token.
 */
@Injectable()
export class ActionTokens {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Returns the raw token: it is never stored, so this is the only time anyone sees it. */
  async issue(
    manager: EntityManager,
    grant: { purpose: string; subjectId: string; ttlSeconds: number },
  ): Promise<string> {
    if (!PURPOSE_PATTERN.test(grant.purpose)) throw new Error(`Not a token purpose: ${grant.purpose}`);
    if (!Number.isInteger(grant.ttlSeconds) || grant.ttlSeconds < 1 || grant.ttlSeconds > MAX_TTL_SECONDS)
      throw new Error(`A token lives 1 s to 90 days, not ${grant.ttlSeconds} s`);
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO action_token (token_hash, purpose, subject_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [hashOf(token), grant.purpose, grant.subjectId, grant.ttlSeconds],
    );
    return token;
  }

  /**
   * The address of a page of the web app that acts with this token: PUBLIC_URL + path, the token in
   * the fragment, which browsers send to no server (no access log, no Referer); the page reads it and
   * sends it to the API in a request body.
   */
  link(path: string, token: string): string {
    return `${this.config.publicUrl}${path.startsWith('/') ? path : `/${path}`}#token=${token}`;
  }

  /**
   * Uses the token up: one conditional UPDATE, so of two redemptions at the same time one wins and the
   * other waits for its commit and is told the token was used. Throws 404 ACTION_TOKEN_INVALID
   * (unknown, or issued for none of the purposes), 410 ACTION_TOKEN_USED or 410 ACTION_TOKEN_EXPIRED.
   */
  async redeem(
    manager: EntityManager,
    token: string,
    purpose: string | readonly string[],
  ): Promise<ActionTokenGrant> {
    if (!TOKEN_PATTERN.test(token)) throw invalid();
    const purposes = [purpose].flat();
    const [rows] = await manager.query<[Array<Record<string, unknown>>, number]>(
      `UPDATE action_token SET used_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL AND expires_at > now()
       RETURNING id, purpose, subject_id, expires_at`,
      [hashOf(token), purposes],
    );
    if (rows.length === 1) return grantOf(rows[0]);
    throw await this.whyUnusable(manager, token, purposes);
  }

  /** What the token stands for, without using it (a page shown before the person confirms). */
  async peek(manager: EntityManager, token: string, purpose: string): Promise<ActionTokenGrant> {
    if (!TOKEN_PATTERN.test(token)) throw invalid();
    const [row] = await manager.query<Array<Record<string, unknown>>>(
      `SELECT id, purpose, subject_id, expires_at FROM action_token
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashOf(token), purpose],
    );
    if (row) return grantOf(row);
    throw await this.whyUnusable(manager, token, [purpose]);
  }

  /**
   * Uses up every unused token of these purposes for this object (the other link of a pair once one
   * was answered): they then answer 410 ACTION_TOKEN_USED.
   */
  async revoke(manager: EntityManager, subjectId: string, purposes: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE action_token SET used_at = now()
       WHERE subject_id = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL`,
      [subjectId, [...purposes]],
    );
  }

  private async whyUnusable(
    manager: EntityManager,
    token: string,
    purposes: readonly string[],
  ): Promise<DomainError> {
    const row = await manager.findOne(ActionToken, {
      where: { tokenHash: hashOf(token), purpose: In([...purposes]) },
    });
    if (!row) return invalid();
    if (row.usedAt) {
      return new DomainError(
        'ACTION_TOKEN_USED',
        {
          en: 'This link was already used; each link works once',
          vi: 'Liên kết này đã được sử dụng; mỗi liên kết chỉ dùng được một lần',
        },
        [tokenProblem('was already used', 'đã được sử dụng')],
      );
    }
    return new DomainError(
      'ACTION_TOKEN_EXPIRED',
      {
        en: 'This link has expired',
        vi: 'Liên kết này đã hết hạn',
      },
      [tokenProblem('has expired', 'đã hết hạn')],
    );
  }
}

function grantOf(row: Record<string, unknown>): ActionTokenGrant {
  return {
    id: row.id as string,
    purpose: row.purpose as string,
    subjectId: row.subject_id as string,
    expiresAt: new Date(row.expires_at as string | Date),
  };
}

const tokenProblem = (message: string, messageVi: string) => ({
  field: 'token',
  message: `token ${message}`,
  messageVi: `token ${messageVi}`,
});

/** Unknown and wrong-purpose tokens answer alike: the answer tells a guesser nothing. */
function invalid(): DomainError {
  return new DomainError(
    'ACTION_TOKEN_INVALID',
    { en: 'This link is not valid', vi: 'Liên kết không hợp lệ' },
    [tokenProblem('is not valid', 'không hợp lệ')],
  );
}

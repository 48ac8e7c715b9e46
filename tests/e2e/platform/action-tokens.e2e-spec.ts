import { createHash, randomUUID } from 'node:crypto';
import { ActionToken, ActionTokens } from '../../../src/common/action-tokens';
import { DomainError } from '../../../src/common/errors/domain-error';
import { eventually } from '../../support/eventually';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

const PURPOSE = 'panel-invitation';

describe('action tokens: single-use, expiring links', () => {
  let t: TestApp;
  let tokens: ActionTokens;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://trithuc.khanhhoa.gov.vn/' } });
    tokens = t.app.get(ActionTokens);
  });
  afterAll(async () => {
    await t?.close();
  });

  const issue = (subjectId = randomUUID(), ttlSeconds = 3600) =>
    t.dataSource.transaction((manager) => tokens.issue(manager, { purpose: PURPOSE, subjectId, ttlSeconds }));
  const redeem = (token: string, purpose = PURPOSE) =>
    t.dataSource.transaction((manager) => tokens.redeem(manager, token, purpose));
  const peek = (token: string, purpose = PURPOSE) => tokens.peek(t.dataSource.manager, token, purpose);
  const stored = (token: string) =>
    t.dataSource.getRepository(ActionToken).findOneByOrFail({
      tokenHash: createHash('sha256').update(token).digest('hex'),
    });

  /** The DomainError a promise rejects with, checked to carry both languages and name the token. */
  async function refusal(promise: Promise<unknown>): Promise<DomainError> {
    const error = await promise.then(
      () => {
        throw new Error('the token was accepted');
      },
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.detail).toEqual({ en: expect.any(String), vi: expect.any(String) });
    expect(domain.errors).toEqual([
      { field: 'token', message: expect.any(String), messageVi: expect.any(String) },
    ]);
    return domain;
  }

  it('issues 32 random bytes in base64url, stores only their SHA-256, and builds the link on PUBLIC_URL', async () => {
    const subjectId = randomUUID();
    const token = await issue(subjectId, 7 * 24 * 3600);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await stored(token);
    expect(row).toMatchObject({ purpose: PURPOSE, subjectId, usedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(lifetime - 7 * 24 * 3600 * 1000)).toBeLessThan(5_000);
    expect(tokens.link('/invitations/respond', token)).toBe(
      `https://trithuc.khanhhoa.gov.vn/invitations/respond#token=${token}`,
    );
    expect(await issue(subjectId)).not.toBe(token);
  });

  it('shows what a token stands for without using it, then redeems it once; the second use is 410 ACTION_TOKEN_USED', async () => {
    const subjectId = randomUUID();
    const token = await issue(subjectId);
    expect(await peek(token)).toMatchObject({ purpose: PURPOSE, subjectId });
    expect(await peek(token)).toMatchObject({ subjectId });

    const grant = await redeem(token);
    expect(grant).toEqual({
      id: expect.any(String),
      purpose: PURPOSE,
      subjectId,
      expiresAt: expect.any(Date),
    });
    expect((await stored(token)).usedAt).toBeInstanceOf(Date);

    const again = await refusal(redeem(token));
    expect({ code: again.code, status: again.status }).toEqual({ code: 'ACTION_TOKEN_USED', status: 410 });
    expect(again.detail?.vi).toContain('đã được sử dụng');
    expect((await refusal(peek(token))).code).toBe('ACTION_TOKEN_USED');
  });

  it('answers 410 ACTION_TOKEN_EXPIRED once the token is past its time, and does not use it up', async () => {
    const token = await issue();
    await t.dataSource.query(
      `UPDATE action_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [(await stored(token)).tokenHash],
    );
    const expired = await refusal(redeem(token));
    expect({ code: expired.code, status: expired.status }).toEqual({
      code: 'ACTION_TOKEN_EXPIRED',
      status: 410,
    });
    expect(expired.detail?.vi).toBe('Liên kết này đã hết hạn');
    expect((await refusal(peek(token))).code).toBe('ACTION_TOKEN_EXPIRED');
    expect((await stored(token)).usedAt).toBeNull();
  });

  it('answers 404 ACTION_TOKEN_INVALID alike for an unknown token, a malformed one and one issued for another purpose', async () => {
    const token = await issue();
    for (const attempt of [
      redeem(token, 'report-answer'),
      peek(token, 'report-answer'),
      redeem('A'.repeat(43)),
      redeem('not a token'),
      redeem(`${token}x`),
      peek(''),
    ]) {
      const invalid = await refusal(attempt);
      expect({ code: invalid.code, status: invalid.status }).toEqual({
        code: 'ACTION_TOKEN_INVALID',
        status: 404,
      });
    }
    expect((await stored(token)).usedAt).toBeNull();
    expect(await redeem(token)).toMatchObject({ purpose: PURPOSE });
  });

  it('leaves the token unused when the action it was redeemed for rolls back', async () => {
    const token = await issue();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await tokens.redeem(manager, token, PURPOSE);
        throw new Error('the invitation could not be accepted');
      }),
    ).rejects.toThrow('could not be accepted');
    expect((await stored(token)).usedAt).toBeNull();
    expect(await redeem(token)).toMatchObject({ purpose: PURPOSE });
  });

  it('lets exactly one of two simultaneous redemptions win; the other is told the token was used', async () => {
    for (let round = 0; round < 5; round += 1) {
      const token = await issue();
      // Two transactions on two connections: the first holds its row lock until both have tried.
      const outcomes = await Promise.allSettled([redeem(token), redeem(token)]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: 'ACTION_TOKEN_USED', status: 410 });
    }
  });

  it('makes a redemption that waits for another’s row lock lose once that one commits', async () => {
    const token = await issue();
    let commitFirst!: () => void;
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstRedeemed!: () => void;
    const redeemedFirst = new Promise<void>((resolve) => (firstRedeemed = resolve));
    const first = t.dataSource.transaction(async (manager) => {
      const grant = await tokens.redeem(manager, token, PURPOSE);
      firstRedeemed();
      await held;
      return grant;
    });
    await redeemedFirst;
    // settled at once, so its refusal is never an unhandled rejection while the first still commits
    const second = redeem(token).then(
      () => 'accepted',
      (reason: unknown) => reason,
    );
    // the second UPDATE is blocked on the first's row lock
    await eventually(
      async () =>
        (
          await t.dataSource.query<unknown[]>(
            `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE action_token%' AND datname = current_database()`,
          )
        ).length,
      (waiting) => waiting === 1,
    );
    commitFirst();
    expect(await first).toMatchObject({ purpose: PURPOSE });
    expect(await second).toMatchObject({ code: 'ACTION_TOKEN_USED', status: 410 });
  });

  it('refuses to issue for a malformed purpose or a lifetime outside 1 s to 90 days', async () => {
    const subjectId = randomUUID();
    await expect(
      t.dataSource.transaction((m) => tokens.issue(m, { purpose: 'Bad Purpose', subjectId, ttlSeconds: 60 })),
    ).rejects.toThrow('purpose');
    for (const ttlSeconds of [0, 1.5, 91 * 24 * 3600])
      await expect(
        t.dataSource.transaction((m) => tokens.issue(m, { purpose: PURPOSE, subjectId, ttlSeconds })),
      ).rejects.toThrow('90 days');
  });
});

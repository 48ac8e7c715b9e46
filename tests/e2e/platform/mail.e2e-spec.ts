import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../../../src/app.factory';
import { findFreePort } from '../../../src/platform/embedded/local-files';
import { RunningSmtpSink, startSmtpSink } from '../../../src/platform/embedded/smtp-sink';
import { isDeliverableAddress, MailOutbox, MailOutboxMessage } from '../../../src/platform/mail';
import { MailQueue } from '../../../src/platform/mail/mail-queue';
import { MAIL_WORKER_TIMING } from '../../../src/platform/mail/mail-worker.service';
import { PanelInvitationData } from '../../../src/platform/mail/templates/panel-invitation';
import { eventually } from '../../support/eventually';
import { readMailbox, waitForMail } from '../../support/mail';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

const quiet = { debug: () => undefined, warn: (message: string) => console.warn(message) };

const invitation: PanelInvitationData = {
  recipientName: 'PGS.TS. Nguyễn Thị Ánh Tuyết',
  requestTitle: 'Đề án nuôi biển công nghệ cao vùng vịnh Vân Phong <script>alert(1)</script>',
  agency: 'Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa',
  deadline: '2027-01-15',
  acceptUrl: 'http://localhost:3000/invitations/respond?answer=accept&token=abc',
  declineUrl: 'http://localhost:3000/invitations/respond?answer=decline&token=abc',
};

/** The plain-text part wraps at 78 columns; compare its words. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

async function rowsFor(t: TestApp, to: string): Promise<MailOutboxMessage[]> {
  return t.dataSource.getRepository(MailOutboxMessage).find({ where: { to }, order: { createdAt: 'ASC' } });
}

async function enqueueInvitation(t: TestApp, to: string, locale: 'vi' | 'en' = 'vi'): Promise<string> {
  return t.dataSource.transaction((manager) =>
    t.app.get(MailOutbox).enqueue(manager, { to, locale, template: 'panel-invitation', data: invitation }),
  );
}

describe('mail through the outbox to the local SMTP sink', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends nothing for a transaction that rolled back, and the committed message once', async () => {
    const outbox = t.app.get(MailOutbox);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, {
          to: 'rolled.back@test.local',
          locale: 'vi',
          template: 'panel-invitation',
          data: invitation,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const id = await enqueueInvitation(t, 'committed@test.local');

    const [mail] = await waitForMail(t.mailDir!, 'committed@test.local');
    const [row] = await eventually(
      () => rowsFor(t, 'committed@test.local'),
      (rows) => rows[0]?.status === 'sent',
    );
    expect(row).toMatchObject({
      id,
      status: 'sent',
      attempts: 1,
      lastError: null,
      messageId: mail.messageId,
      // the links it carried (one-time tokens) are not kept once it is sent
      data: {},
    });
    expect(await rowsFor(t, 'rolled.back@test.local')).toEqual([]);
    const mailbox = await readMailbox(t.mailDir!);
    expect(mailbox.filter((m) => m.to.includes('rolled.back@test.local'))).toEqual([]);
    expect(mailbox.filter((m) => m.to.includes('committed@test.local'))).toHaveLength(1);
  });

  it('keeps Vietnamese diacritics intact in the subject and both parts, with user data escaped', async () => {
    await enqueueInvitation(t, 'vi@test.local');
    const [mail] = await waitForMail(t.mailDir!, 'vi@test.local');
    const text = oneLine(mail.text);

    expect(mail.from).toBe('no-reply@trithuc.khanhhoa.local');
    expect(mail.subject).toBe(
      'Thư mời tham gia hội đồng tư vấn, phản biện: Đề án nuôi biển công nghệ cao vùng vịnh Vân Phong <script>alert(1)</script>',
    );
    expect(text).toContain('Kính gửi PGS.TS. Nguyễn Thị Ánh Tuyết,');
    expect(text).toContain('của Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa');
    expect(text).toContain('Hạn gửi ý kiến: 15/01/2027.');
    expect(text).toContain(`Nhận lời tham gia [${invitation.acceptUrl}]`);
    expect(text).toContain(`Từ chối [${invitation.declineUrl}]`);
    expect(mail.html).toContain('<html lang="vi">');
    expect(mail.html).toContain(
      'Đề án nuôi biển công nghệ cao vùng vịnh Vân Phong &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(
      'href="http://localhost:3000/invitations/respond?answer&#x3D;accept&amp;token&#x3D;abc"',
    );
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('writes in English when the locale is en', async () => {
    await enqueueInvitation(t, 'en@test.local', 'en');
    const [mail] = await waitForMail(t.mailDir!, 'en@test.local');
    const text = oneLine(mail.text);
    expect(mail.subject).toBe(
      'Invitation to a review panel: Đề án nuôi biển công nghệ cao vùng vịnh Vân Phong <script>alert(1)</script>',
    );
    expect(text).toContain('Dear PGS.TS. Nguyễn Thị Ánh Tuyết,');
    expect(text).toContain('Opinions are due by 15 January 2027.');
    expect(text).toContain(`Accept [${invitation.acceptUrl}]`);
    expect(mail.html).toContain('<html lang="en">');
  });

  it('sends a burst of messages once each', async () => {
    const recipients = Array.from({ length: 15 }, (_, i) => `burst-${i}@test.local`);
    await t.dataSource.transaction(async (manager) => {
      for (const to of recipients)
        await t.app
          .get(MailOutbox)
          .enqueue(manager, { to, locale: 'vi', template: 'panel-invitation', data: invitation });
    });
    const burst = await eventually(
      async () => (await readMailbox(t.mailDir!)).filter((mail) => mail.to[0]?.startsWith('burst-')),
      (mails) => mails.length >= recipients.length,
    );
    expect(burst.map((mail) => mail.to[0]).sort()).toEqual([...recipients].sort());
    expect(new Set(burst.map((mail) => mail.messageId)).size).toBe(recipients.length);
  });

  it('shares the outbox with a second instance on the same database: every message is sent once, by one of them', async () => {
    const secondDir = await mkdtemp(join(tmpdir(), 'tkh-mail-second-'));
    const secondSink = await startSmtpSink(secondDir, quiet);
    const second = await createApp(
      { ...t.config, mail: { ...t.config.mail, smtpUrl: secondSink.url } },
      pino({ level: 'silent' }),
    );
    await second.init();
    try {
      const recipients = Array.from({ length: 40 }, (_, i) => `shared-${i}@test.local`);
      for (const chunk of [recipients.slice(0, 20), recipients.slice(20)])
        await t.dataSource.transaction(async (manager) => {
          for (const to of chunk)
            await t.app
              .get(MailOutbox)
              .enqueue(manager, { to, locale: 'vi', template: 'panel-invitation', data: invitation });
        });
      const shared = async () =>
        [...(await readMailbox(t.mailDir!)), ...(await readMailbox(secondDir))].filter((mail) =>
          mail.to[0]?.startsWith('shared-'),
        );
      const delivered = await eventually(shared, (mails) => mails.length >= recipients.length);
      await eventually(
        async () =>
          (await t.dataSource.query<unknown[]>(`SELECT 1 FROM mail_outbox WHERE status = 'pending'`)).length,
        (pending) => pending === 0,
      );
      expect((await shared()).length).toBe(recipients.length);
      expect(delivered.map((mail) => mail.to[0]).sort()).toEqual([...recipients].sort());
    } finally {
      await second.close();
      await secondSink.stop();
      await rm(secondDir, { recursive: true, force: true });
    }
  });

  it('deletes sent messages after 90 days and keeps newer and unsent ones', async () => {
    const ids = await Promise.all(
      ['old.sent@test.local', 'recent.sent@test.local', 'old.failed@test.local'].map((to) =>
        t.dataSource
          .query<Array<{ id: string }>>(
            `INSERT INTO mail_outbox ("to", locale, template, data, status, sent_at, created_at)
             VALUES ($1, 'vi', 'panel-invitation', '{}', $2, $3, now() - interval '100 days') RETURNING id`,
            [
              to,
              to.includes('failed') ? 'failed' : 'sent',
              to.startsWith('old.sent') ? new Date(Date.now() - 91 * 86_400_000) : new Date(),
            ],
          )
          .then(([row]) => row.id),
      ),
    );
    expect(await t.app.get(MailQueue).pruneSent(MAIL_WORKER_TIMING.keepSentDays)).toBe(1);
    const left = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM mail_outbox WHERE id = ANY($1)`,
      [ids],
    );
    expect(left.map((row) => row.id).sort()).toEqual(ids.slice(1).sort());
    await t.dataSource.query(`DELETE FROM mail_outbox WHERE id = ANY($1)`, [ids]); // out of /health's counts
  });

  it('refuses a malformed address inside the caller’s transaction, writing nothing', async () => {
    expect(isDeliverableAddress('not an address')).toBe(false);
    await expect(enqueueInvitation(t, 'not an address')).rejects.toThrow('Not a mail address');
    expect(await rowsFor(t, 'not an address')).toEqual([]);
  });

  it('refuses data the template cannot render (a missing field) before anything is written', async () => {
    const incomplete: Partial<PanelInvitationData> = { ...invitation };
    delete incomplete.recipientName;
    await expect(
      t.dataSource.transaction((manager) =>
        t.app.get(MailOutbox).enqueue(manager, {
          to: 'incomplete@test.local',
          locale: 'vi',
          template: 'panel-invitation',
          data: incomplete as PanelInvitationData,
        }),
      ),
    ).rejects.toThrow(/recipientName/);
    expect(await rowsFor(t, 'incomplete@test.local')).toEqual([]);
  });

  it('shows an empty mail backlog and SMTP up in /health', async () => {
    const health = await eventually(
      async () => (await t.http.get('/api/v1/health').expect(200)).body as Record<string, unknown>,
      (body) => body.mailBacklog === 0,
    );
    expect(health).toMatchObject({ status: 'ok', smtp: 'up', mailBacklog: 0, mailFailed: 0 });
  });
});

describe('when the SMTP server is down, then back, then refusing', () => {
  let t: TestApp;
  let port: number;
  let dir: string;
  let server: RunningSmtpSink | undefined;
  beforeAll(async () => {
    port = await findFreePort();
    dir = await mkdtemp(join(tmpdir(), 'tkh-smtp-'));
    t = await startTestApp({
      config: {
        mail: {
          smtpUrl: `smtp://127.0.0.1:${port}`,
          from: 'Trí thức Khánh Hòa <mail@test.local>',
          retry: { baseMs: 400, maxMs: 1_500 },
        },
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the message pending with its attempts, reports SMTP down (200, degraded), and delivers once SMTP returns', async () => {
    const id = await enqueueInvitation(t, 'patient@test.local');
    const [waiting] = await eventually(
      () => rowsFor(t, 'patient@test.local'),
      (rows) => (rows[0]?.attempts ?? 0) >= 2,
    );
    expect(waiting).toMatchObject({
      id,
      status: 'pending',
      sentAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });

    const health = await t.http.get('/api/v1/health').expect(200);
    expect(health.body).toEqual({
      status: 'degraded',
      postgres: 'up',
      meilisearch: 'up',
      smtp: 'down',
      searchBacklog: expect.any(Number),
      mailBacklog: 1,
      mailFailed: 0,
    });

    server = await startSmtpSink(dir, quiet, port, {
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('refused'))
          return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        callback();
      },
    });
    const [mail] = await waitForMail(dir, 'patient@test.local');
    expect(mail.subject).toContain('Vân Phong');
    expect(mail.from).toBe('mail@test.local');
    expect(mail.messageId).toBe(`<${id}@test.local>`);
    const [sent] = await eventually(
      () => rowsFor(t, 'patient@test.local'),
      (rows) => rows[0]?.status === 'sent',
    );
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it('marks a message the server refuses for good (550) failed with its answer, and counts it in /health', async () => {
    await enqueueInvitation(t, 'refused@test.local');
    const [failed] = await eventually(
      () => rowsFor(t, 'refused@test.local'),
      (rows) => rows[0]?.status === 'failed',
    );
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining('550') });
    expect(await readMailbox(dir)).toHaveLength(1);

    const health = await eventually(
      async () => (await t.http.get('/api/v1/health').expect(200)).body as Record<string, unknown>,
      (body) => body.smtp === 'up',
    );
    expect(health).toMatchObject({ status: 'ok', mailBacklog: 0, mailFailed: 1 });
  });
});

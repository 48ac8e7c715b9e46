import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { readTogether } from '../../platform/database/read-together';
import { ReviewRequest } from '../requests';
import { InvitationMail, loadInvitees, mailAddressOf } from './invitation-mail';
import { INVITING_STATES } from './invitation-terms';

/** Members claimed per transaction. */
const BATCH = 50;

/**
 * Reminds invited members who have not answered, `PANEL_REMINDER_DAYS` days before the request's
 * deadline, once: every instance runs it on a timer, and the UPDATE that sets reminder_sent_at is
 * the claim (FOR UPDATE SKIP LOCKED, re-checked IS NULL), so two instances never remind one member
 * twice and a rolled-back batch is claimed again. An invitation less than a day old is not reminded;
 * days are Khánh Hòa's, as the links' lifetime (invitation-terms.ts).
 * The mail and the audit entry are written in the claiming transaction.
 */
@Injectable()
export class PanelReminders implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PanelReminders.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: InvitationMail,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.panelReminders.intervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends every reminder due now; returns how many. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.batch();
      sent += claimed;
      if (claimed < BATCH) return sent;
    }
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runOnce();
    try {
      await this.running;
    } catch (error) {
      this.logger.warn(`Panel reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = undefined;
    }
  }

  private batch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [claimed] = await manager.query<
        [Array<{ id: string; intellectual_id: string; review_request_id: string }>, number]
      >(
        `UPDATE panel_member m SET reminder_sent_at = now()
           FROM panel p
          WHERE p.id = m.panel_id AND m.reminder_sent_at IS NULL AND m.id IN (
                SELECT m2.id FROM panel_member m2
                  JOIN panel p2 ON p2.id = m2.panel_id
                  JOIN review_request r ON r.id = p2.review_request_id
                 WHERE m2.status = 'invited' AND m2.reminder_sent_at IS NULL
                   AND m2.invited_at <= now() - interval '1 day'
                   AND p2.locked_at IS NULL AND r.state = ANY($1::text[])
                   AND r.deadline >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                   AND r.deadline <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + $2::int
                 ORDER BY m2.invited_at LIMIT $3
                   FOR UPDATE OF m2 SKIP LOCKED)
        RETURNING m.id, m.intellectual_id, p.review_request_id`,
        [[...INVITING_STATES], this.config.panelReminders.daysBefore, BATCH],
      );
      if (claimed.length === 0) return 0;
      const [people, requests] = await readTogether(manager, [
        () =>
          loadInvitees(
            manager,
            claimed.map((row) => row.intellectual_id),
          ),
        () =>
          manager.find(ReviewRequest, {
            where: claimed.map((row) => ({ id: row.review_request_id })),
            relations: { requestingOrganization: true },
          }),
      ]);
      for (const row of claimed) {
        const person = people.get(row.intellectual_id);
        const request = requests.find((r) => r.id === row.review_request_id)!;
        // the address may have gone since the invitation: nothing to send, the claim stays
        if (!person || !mailAddressOf(person)) continue;
        await this.mail.remindToAnswer(manager, row.id, request, person);
      }
      await this.audit.recordMany(
        manager,
        claimed.map((row) => ({
          actor: undefined,
          action: 'review_request.panel_invitation_reminded',
          entityType: 'review_request',
          entityId: row.review_request_id,
          changes: { intellectualId: { before: null, after: row.intellectual_id } },
        })),
      );
      return claimed.length;
    });
  }
}

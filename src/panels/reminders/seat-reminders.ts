import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import type { AppConfig } from '../../config/app-config';
import { readTogether } from '../../platform/database/read-together';
import { Invitee, loadInvitees, mailAddressOf } from '../invitations/invitation-mail';
import { ReviewRequest } from '../requests';
import { claimDueSeats, ClaimedSeat, DueSeatsRule } from './due-seats';

/** Seats claimed per transaction. */
const BATCH = 50;

/** A claimed seat whose person has a mail address, with the request and the person its mail reads. */
export interface SeatToRemind extends ClaimedSeat {
  request: ReviewRequest;
  person: Invitee;
}

/**
 * One kind of reminder to panel members before a request's deadline, sent once per seat: every
 * instance runs it on a timer; each batch claims its seats (claimDueSeats), writes their mail and
 * audit entries in the claiming transaction, so a failed batch is claimed and sent again whole.
 * A subclass says which seats are due, what it mails them and how the audit names it.
 */
export abstract class SeatReminders implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    protected readonly config: AppConfig,
  ) {}

  /** Which seats are due now. */
  protected abstract dueRule(): DueSeatsRule;

  /** The audit action recorded on the request for each reminded seat. */
  protected abstract readonly auditAction: string;

  /** Enqueues the mail of these seats in the claiming transaction. */
  protected abstract send(manager: EntityManager, seats: readonly SeatToRemind[]): Promise<void>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.panelReminders.intervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends every reminder due now; returns how many seats were reminded. */
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
      this.logger.warn(`Reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.running = undefined;
    }
  }

  private batch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await claimDueSeats(manager, this.dueRule(), BATCH);
      if (claimed.length === 0) return 0;
      const [people, requests] = await readTogether(manager, [
        () =>
          loadInvitees(
            manager,
            claimed.map((seat) => seat.intellectualId),
          ),
        () =>
          manager.find(ReviewRequest, {
            where: claimed.map((seat) => ({ id: seat.reviewRequestId })),
            relations: { requestingOrganization: true },
          }),
      ]);
      // the address may have gone since the invitation: nothing to send, the claim stays
      const seats = claimed.flatMap((seat) => {
        const person = people.get(seat.intellectualId);
        const request = requests.find((r) => r.id === seat.reviewRequestId)!;
        return person && mailAddressOf(person) ? [{ ...seat, request, person }] : [];
      });
      await this.send(manager, seats);
      await this.audit.recordMany(
        manager,
        claimed.map((seat) => ({
          actor: undefined,
          action: this.auditAction,
          entityType: 'review_request',
          entityId: seat.reviewRequestId,
          changes: { intellectualId: { before: null, after: seat.intellectualId } },
        })),
      );
      return claimed.length;
    });
  }
}

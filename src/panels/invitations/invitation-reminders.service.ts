import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DueSeatsRule, SeatReminders, SeatToRemind } from '../reminders';
import { InvitationMail } from './invitation-mail';
import { INVITING_STATES } from './invitation-terms';

/**
 * Reminds invited members who have not answered, `PANEL_REMINDER_DAYS` days before the request's
 * deadline, once, with a fresh pair of links. An invitation less than a day old is not reminded.
 */
@Injectable()
export class InvitationReminders extends SeatReminders {
  protected readonly auditAction = 'review_request.panel_invitation_reminded';

  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly mail: InvitationMail,
  ) {
    super(dataSource, audit, config);
  }

  protected dueRule(): DueSeatsRule {
    return {
      column: 'reminder_sent_at',
      states: INVITING_STATES,
      daysBefore: this.config.panelReminders.invitationDaysBefore,
      condition: `m2.status = 'invited' AND m2.invited_at <= now() - interval '1 day'`,
      orderBy: 'invited_at',
    };
  }

  protected async send(manager: EntityManager, seats: readonly SeatToRemind[]): Promise<void> {
    for (const seat of seats) {
      await this.mail.remindToAnswer(manager, seat.panelMemberId, seat.request, seat.person);
    }
  }
}

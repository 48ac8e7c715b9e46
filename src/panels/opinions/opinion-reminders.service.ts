import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DueSeatsRule, SeatReminders, SeatToRemind } from '../reminders';
import { OpinionReminderMail } from './opinion-reminder-mail';

/**
 * Reminds accepted members who have not sent an opinion, `PANEL_OPINION_REMINDER_DAYS` days before
 * the deadline, once, while the review is on (in_review, panel not locked, deadline day not over).
 * Someone who accepted less than a day ago is not reminded yet. A member who submits while being
 * claimed is not reminded: the opinion's foreign key locks the seat, which SKIP LOCKED passes over.
 */
@Injectable()
export class OpinionReminders extends SeatReminders {
  protected readonly auditAction = 'review_request.panel_opinion_reminded';

  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly mail: OpinionReminderMail,
  ) {
    super(dataSource, audit, config);
  }

  protected dueRule(): DueSeatsRule {
    return {
      column: 'opinion_reminder_sent_at',
      states: ['in_review'],
      daysBefore: this.config.panelReminders.opinionDaysBefore,
      condition: `m2.status = 'accepted' AND m2.answered_at <= now() - interval '1 day'
        AND NOT EXISTS (SELECT 1 FROM panel_opinion o WHERE o.panel_member_id = m2.id)`,
      orderBy: 'answered_at',
    };
  }

  protected async send(manager: EntityManager, seats: readonly SeatToRemind[]): Promise<void> {
    for (const seat of seats) await this.mail.remind(manager, seat);
  }
}

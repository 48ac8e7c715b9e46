import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailOutbox } from '../../platform/mail';
import { agencyNameIn, mailAddressOf } from '../invitations/invitation-mail';
import { mailLocaleOf } from '../invitations/invitation-terms';
import type { SeatToRemind } from '../reminders';

/** The web app's page where a member writes their opinion (signed in). */
const opinionPage = (requestId: string) => `/me/review-requests/${requestId}/opinion`;
/** Where an invitation code from Sở Nội vụ turns into an account linked to one's profile. */
const CLAIM_PAGE = '/me/claim';

/**
 * The reminder to an accepted member to send their opinion, in their language: the opinion page,
 * and for someone whose profile has no account (who cannot sign in to write it) how to get one.
 */
@Injectable()
export class OpinionReminderMail {
  constructor(
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async remind(manager: EntityManager, seat: SeatToRemind, hasAccount: boolean): Promise<void> {
    const { request, person } = seat;
    const to = mailAddressOf(person);
    // SeatReminders passes only seats with an address; here it is a bug
    if (!to) throw new Error(`No mail address for ${person.id}`);
    const locale = mailLocaleOf(person);
    await this.outbox.enqueue(manager, {
      to,
      locale,
      template: 'panel-reminder',
      data: {
        stage: 'opinion',
        recipientName: person.fullName,
        requestTitle: request.title,
        agency: agencyNameIn(request, locale),
        deadline: request.deadline,
        actionUrl: `${this.config.publicUrl}${opinionPage(request.id)}`,
        claimUrl: hasAccount ? null : `${this.config.publicUrl}${CLAIM_PAGE}`,
      },
    });
  }
}

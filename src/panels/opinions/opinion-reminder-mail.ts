import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailOutbox } from '../../platform/mail';
import { agencyNameIn, mailAddressOf } from '../invitations/invitation-mail';
import { mailLocaleOf } from '../invitations/invitation-terms';
import type { SeatToRemind } from '../reminders';
import { OpinionLinks } from './opinion-links';

/**
 * The reminder to an accepted member to send their opinion, in their language, with a fresh
 * personal opinion link: it works with or without an account, so nobody is sent to get one first.
 */
@Injectable()
export class OpinionReminderMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly links: OpinionLinks,
  ) {}

  async remind(manager: EntityManager, seat: SeatToRemind): Promise<void> {
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
        actionUrl: await this.links.issue(manager, { id: seat.panelMemberId }, request),
      },
    });
  }
}

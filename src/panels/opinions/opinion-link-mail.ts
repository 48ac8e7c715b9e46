import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailOutbox } from '../../platform/mail';
import type { PanelMember } from '../panel';
import { agencyNameIn, loadInvitees, mailAddressOf } from '../invitations/invitation-mail';
import { mailLocaleOf } from '../invitations/invitation-terms';
import type { ReviewRequest } from '../requests';
import { OpinionLinks } from './opinion-links';

/**
 * When the review starts: each accepted member's personal opinion link, in their language, in the
 * starting transaction (no mail if the start rolls back). Every member gets one, with an account
 * or without: the page works either way, and the mail need not know who signs in.
 */
@Injectable()
export class OpinionLinkMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly links: OpinionLinks,
  ) {}

  async sendAll(
    manager: EntityManager,
    request: ReviewRequest,
    members: readonly Pick<PanelMember, 'id' | 'intellectualId'>[],
  ): Promise<void> {
    const people = await loadInvitees(
      manager,
      members.map((member) => member.intellectualId),
    );
    for (const member of members) {
      const person = people.get(member.intellectualId);
      const to = mailAddressOf(person);
      // invitations go out by mail only, so an accepted member has an address unless it was removed since
      if (!person || !to) continue;
      const locale = mailLocaleOf(person);
      await this.outbox.enqueue(manager, {
        to,
        locale,
        template: 'opinion-link',
        data: {
          recipientName: person.fullName,
          requestTitle: request.title,
          agency: agencyNameIn(request, locale),
          deadline: request.deadline,
          opinionUrl: await this.links.issue(manager, member, request),
        },
      });
    }
  }
}

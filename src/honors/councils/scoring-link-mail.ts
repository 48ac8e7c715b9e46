import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Intellectual } from '../../intellectuals';
import { mailAddressOf, mailLocaleOf } from '../../panels';
import { MailOutbox } from '../../platform/mail';
import type { HonorCampaign } from '../campaigns';
import type { HonorCouncilMember } from './council-member.entity';
import type { RoundInfo } from './council-round';
import { ScoringLinks } from './scoring-links';

/**
 * When scoring opens for a round: each member's personal scoring link, in their language, in the
 * opening transaction (no mail if the opening rolls back). Every member gets one, with an account or
 * without, as the panels' opinion links do: the link works either way, the signed-in pages too, and
 * the mail need not know who signs in. A member without a deliverable address is not mailed (staff
 * see them on the council page; they score signed in, or staff send the link another way).
 */
@Injectable()
export class ScoringLinkMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly links: ScoringLinks,
  ) {}

  async sendAll(
    manager: EntityManager,
    campaign: Pick<HonorCampaign, 'title'>,
    round: RoundInfo,
    members: readonly Pick<HonorCouncilMember, 'id' | 'intellectualId'>[],
    nominees: { count: number; recusals: readonly { councilMemberId: string }[] },
  ): Promise<void> {
    if (members.length === 0) return;
    const people = new Map(
      (
        await manager.find(Intellectual, {
          select: { id: true, fullName: true, email: true, countryCode: true, languages: true },
          where: { id: In(members.map((member) => member.intellectualId)) },
          withDeleted: true,
        })
      ).map((person) => [person.id, person]),
    );
    for (const member of members) {
      const person = people.get(member.intellectualId);
      const to = mailAddressOf(person);
      if (!person || !to) continue;
      const recused = nominees.recusals.filter((r) => r.councilMemberId === member.id).length;
      await this.outbox.enqueue(manager, {
        to,
        locale: mailLocaleOf(person),
        template: 'scoring-link',
        data: {
          recipientName: person.fullName,
          campaignTitle: campaign.title,
          round: round.round,
          roundName: round.name,
          nominees: nominees.count - recused,
          deadline: round.deadline,
          scoringUrl: await this.links.issue(manager, member, round),
        },
      });
    }
  }
}

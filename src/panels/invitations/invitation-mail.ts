import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ActionTokens } from '../../common/action-tokens';
import { Intellectual } from '../../intellectuals';
import { isDeliverableAddress, MailOutbox } from '../../platform/mail';
import type { MailLocale } from '../../platform/mail';
import type { ReviewRequest } from '../requests';
import {
  ACCEPT_PAGE,
  ACCEPT_PURPOSE,
  DECLINE_PAGE,
  DECLINE_PURPOSE,
  linkLifetimeSeconds,
  mailLocaleOf,
} from './invitation-terms';

/** What the mail reads of the person invited. */
export type Invitee = Pick<Intellectual, 'id' | 'fullName' | 'email' | 'countryCode' | 'languages'>;

/** The people by id with what their invitation mail needs (deleted ones included, as on the panel). */
export async function loadInvitees(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, Invitee>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.find(Intellectual, {
    select: { id: true, fullName: true, email: true, countryCode: true, languages: true },
    where: { id: In([...new Set(ids)]) },
    withDeleted: true,
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export function mailAddressOf(person: Invitee | undefined): string | null {
  const address = person?.email?.trim();
  return address && isDeliverableAddress(address) ? address : null;
}

/** The requesting agency's name as a mail in `locale` gives it. */
export function agencyNameIn(request: ReviewRequest, locale: MailLocale): string {
  const organization = request.requestingOrganization;
  return (locale === 'en' ? organization?.nameEn : null) ?? organization?.nameVi ?? '';
}

/**
 * The invitation and the reminder of one member: a fresh pair of accept/decline links (tokens
 * living until the deadline) in a message in the person's language, all in the caller's transaction.
 */
@Injectable()
export class InvitationMail {
  constructor(
    private readonly tokens: ActionTokens,
    private readonly outbox: MailOutbox,
  ) {}

  async invite(
    manager: EntityManager,
    memberId: string,
    request: ReviewRequest,
    person: Invitee,
  ): Promise<void> {
    const { to, locale, acceptUrl, declineUrl, common } = await this.prepare(
      manager,
      memberId,
      request,
      person,
    );
    await this.outbox.enqueue(manager, {
      to,
      locale,
      template: 'panel-invitation',
      data: { ...common, acceptUrl, declineUrl },
    });
  }

  async remindToAnswer(
    manager: EntityManager,
    memberId: string,
    request: ReviewRequest,
    person: Invitee,
  ): Promise<void> {
    const { to, locale, acceptUrl, declineUrl, common } = await this.prepare(
      manager,
      memberId,
      request,
      person,
    );
    await this.outbox.enqueue(manager, {
      to,
      locale,
      template: 'panel-reminder',
      data: { ...common, stage: 'answer', actionUrl: acceptUrl, declineUrl },
    });
  }

  private async prepare(manager: EntityManager, memberId: string, request: ReviewRequest, person: Invitee) {
    const to = mailAddressOf(person);
    const ttlSeconds = linkLifetimeSeconds(request.deadline);
    // callers check both first and answer with their own 4xx; here they are bugs
    if (!to) throw new Error(`No mail address for ${person.id}`);
    if (ttlSeconds === null) throw new Error(`The deadline of ${request.id} has passed`);
    const locale = mailLocaleOf(person);
    const link = async (purpose: string, page: string) =>
      this.tokens.link(page, await this.tokens.issue(manager, { purpose, subjectId: memberId, ttlSeconds }));
    return {
      to,
      locale,
      acceptUrl: await link(ACCEPT_PURPOSE, ACCEPT_PAGE),
      declineUrl: await link(DECLINE_PURPOSE, DECLINE_PAGE),
      common: {
        recipientName: person.fullName,
        requestTitle: request.title,
        agency: agencyNameIn(request, locale),
        deadline: request.deadline,
      },
    };
  }
}

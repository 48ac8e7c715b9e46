import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organization } from '../../catalog';
import { ActionTokens } from '../../common/action-tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Intellectual } from '../../intellectuals';
import { linkLifetimeSeconds, mailAddressOf, mailLocaleOf } from '../../panels';
import { MailOutbox } from '../../platform/mail';
import type { HonorCampaign } from '../campaigns';
import type { HonorNomination } from './nomination.entity';

/** The web page where a nominee with an account sees and answers the nominations of them. */
export const ANSWER_PAGE = '/me/nominations';

/** The answer token of one nomination's mail; either link uses it, once. */
export const ANSWER_PURPOSE = 'nomination-answer';

/** The pages the mail's links open without an account; the path preselects the answer. */
export const ANSWER_LINK_PAGES = {
  accept: '/nomination-answer/accept',
  decline: '/nomination-answer/decline',
} as const;

/**
 * Asks the nominee, by mail in the submission's transaction, to accept or decline: with links that
 * need no account (most people in the registry have none), valid until nominations close, and the
 * /me/nominations page for those who sign in. A nominee without a mail address is not mailed: the
 * nomination waits on their /me/nominations page all the same.
 */
@Injectable()
export class NominationMail {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly tokens: ActionTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ask(
    manager: EntityManager,
    nomination: HonorNomination,
    campaign: HonorCampaign,
    nominee: Intellectual,
  ): Promise<void> {
    const to = mailAddressOf(nominee);
    if (!to) return;
    const locale = mailLocaleOf(nominee);
    // submissions are taken only until the close, so a positive lifetime is guaranteed here
    const ttlSeconds = linkLifetimeSeconds(campaign.nominationsClose) ?? 1;
    const token = await this.tokens.issue(manager, {
      purpose: ANSWER_PURPOSE,
      subjectId: nomination.id,
      ttlSeconds,
    });
    const organization = nomination.nominatorOrganizationId
      ? await manager.findOneBy(Organization, { id: nomination.nominatorOrganizationId })
      : null;
    await this.outbox.enqueue(manager, {
      to,
      locale,
      template: 'nomination-request',
      data: {
        recipientName: nominee.fullName,
        campaignTitle: campaign.title,
        nominator: organization
          ? ((locale === 'en' ? organization.nameEn : null) ?? organization.nameVi)
          : null,
        workTitle: nomination.work?.title ?? null,
        closes: campaign.nominationsClose,
        acceptUrl: this.tokens.link(ANSWER_LINK_PAGES.accept, token),
        declineUrl: this.tokens.link(ANSWER_LINK_PAGES.decline, token),
        answerUrl: `${this.config.publicUrl}${ANSWER_PAGE}`,
      },
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organization } from '../../catalog';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Intellectual } from '../../intellectuals';
import { mailAddressOf, mailLocaleOf } from '../../panels';
import { MailOutbox } from '../../platform/mail';
import type { HonorCampaign } from '../campaigns';
import type { HonorNomination } from './nomination.entity';

/** The web page where a nominee sees and answers the nominations of them. */
export const ANSWER_PAGE = '/me/nominations';

/**
 * Asks the nominee, by mail in the submission's transaction, to accept or decline. A nominee without
 * a mail address is not mailed: the nomination waits on their /me/nominations page all the same.
 */
@Injectable()
export class NominationMail {
  constructor(
    private readonly outbox: MailOutbox,
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
        answerUrl: `${this.config.publicUrl}${ANSWER_PAGE}`,
      },
    });
  }
}

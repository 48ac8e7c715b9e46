import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Intellectual } from '../../intellectuals';
import { MailOutbox } from '../../platform/mail';
import { agencyNameIn, mailAddressOf } from '../invitations/invitation-mail';
import { mailLocaleOf } from '../invitations/invitation-terms';
import { mayBeProposedForPanels } from '../matching';
import { ReviewRequest, RequestState, RequestStateMachine } from '../requests';
import { reachOfCodes } from './field-reach';

/** At most this many experts are mailed per accepted task order, so a broad field mails no thousands. */
export const NEED_MAIL_CAP = 200;

/**
 * When staff accept a task order, the experts the needs board shows it to (the same field reach and
 * eligibility as /me/matching-needs) learn of it by mail, enqueued in the acceptance's transaction:
 * a rolled-back acceptance sends nothing, and the guarded state change accepts a request only once.
 */
@Injectable()
export class NeedPostedMail implements OnModuleInit {
  constructor(
    private readonly states: RequestStateMachine,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.states.follow((manager, request, from) => this.afterTransition(manager, request, from));
  }

  private async afterTransition(manager: EntityManager, request: ReviewRequest, from: RequestState) {
    if (request.kind !== 'task_order' || from !== 'submitted' || request.state !== 'accepted') return;
    const reach = await reachOfCodes(manager, request.fieldCodes);
    if (reach.length === 0) return;
    const ids = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM intellectual
        WHERE array_remove(array_prepend(primary_field_code, field_codes), NULL) && CAST($1 AS text[])
          AND deleted_at IS NULL AND merged_into_id IS NULL AND status <> 'deceased'
          AND email IS NOT NULL
        ORDER BY id`,
      [reach],
    );
    if (ids.length === 0) return;
    const people = await manager.find(Intellectual, {
      select: {
        id: true,
        fullName: true,
        email: true,
        countryCode: true,
        languages: true,
        status: true,
        deletedAt: true,
        mergedIntoId: true,
      },
      where: { id: In(ids.map((row) => row.id)) },
      order: { id: 'ASC' },
    });
    const withOrganization = await manager.findOneOrFail(ReviewRequest, {
      where: { id: request.id },
      relations: { requestingOrganization: true },
    });
    const recipients = people
      .filter((person) => mayBeProposedForPanels(person, { includeRetired: true }))
      .map((person) => ({ person, to: mailAddressOf(person) }))
      .filter((row): row is { person: Intellectual; to: string } => row.to !== null)
      .slice(0, NEED_MAIL_CAP);
    for (const { person, to } of recipients) {
      const locale = mailLocaleOf(person);
      await this.outbox.enqueue(manager, {
        to,
        locale,
        template: 'need-posted',
        data: {
          recipientName: person.fullName,
          requestTitle: request.title,
          agency: agencyNameIn(withOrganization, locale),
          deadline: request.deadline,
          boardUrl: `${this.config.publicUrl}/me/matching-needs`,
        },
      });
    }
  }
}

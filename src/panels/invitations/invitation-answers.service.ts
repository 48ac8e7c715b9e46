import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { ActionTokens } from '../../common/action-tokens';
import { DomainError } from '../../common/errors/domain-error';
import { Panel, PanelMember } from '../panel';
import { ReviewRequest } from '../requests';
import { bumpVersion } from './invitation-sender.service';
import {
  ACCEPT_PURPOSE,
  DECLINE_PURPOSE,
  INVITATION_PURPOSES,
  INVITING_STATES,
  NO_CONFLICT_DECLARATION,
} from './invitation-terms';
import type {
  AcceptPanelInvitationByTokenDto,
  AcceptPanelInvitationDto,
  DeclinePanelInvitationByTokenDto,
  DeclinePanelInvitationDto,
  PanelInvitationTokenDto,
} from './invitations.dto';
import { ExpertInvitations, invitationNotFound } from './expert-invitations';
import type { ExpertInvitationView, TokenInvitationView } from './invitations.views';

/** Who answers: the signed-in expert, or whoever holds the link (no account). */
type Answerer = { principal: Principal } | { link: true };

/**
 * The expert's answer to an invitation, from a mailed link or signed in, by the same rules: only an
 * open invitation, accepted by confirming the declaration shown (stored with its time) or answered
 * with a declared conflict (a blocking conflict; the member declines), or declined with a reason.
 * One transaction each; the invitation's links are used up with it.
 */
@Injectable()
export class InvitationAnswers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: ActionTokens,
    private readonly audit: AuditService,
    private readonly invitations: ExpertInvitations,
  ) {}

  async peek(input: PanelInvitationTokenDto): Promise<TokenInvitationView> {
    const manager = this.dataSource.manager;
    const purpose = input.action === 'accept' ? ACCEPT_PURPOSE : DECLINE_PURPOSE;
    const grant = await this.tokens.peek(manager, input.token, purpose);
    const view = await this.invitations.one(manager, grant.subjectId);
    return { ...view, action: input.action, linkExpiresAt: grant.expiresAt };
  }

  acceptByToken(input: AcceptPanelInvitationByTokenDto): Promise<ExpertInvitationView> {
    return this.withToken(input.token, ACCEPT_PURPOSE, (manager, member) =>
      this.accept(manager, member, input, { link: true }),
    );
  }

  /** Either link declines: the accept page offers declining too, holding only the accept token. */
  declineByToken(input: DeclinePanelInvitationByTokenDto): Promise<ExpertInvitationView> {
    return this.withToken(input.token, INVITATION_PURPOSES, (manager, member) =>
      this.decline(manager, member, input, { link: true }),
    );
  }

  acceptMine(
    id: string,
    input: AcceptPanelInvitationDto,
    principal: Principal,
  ): Promise<ExpertInvitationView> {
    return this.asMember(id, principal, (manager, member) =>
      this.accept(manager, member, input, { principal }),
    );
  }

  declineMine(
    id: string,
    input: DeclinePanelInvitationDto,
    principal: Principal,
  ): Promise<ExpertInvitationView> {
    return this.asMember(id, principal, (manager, member) =>
      this.decline(manager, member, input, { principal }),
    );
  }

  /** A redemption whose answer is refused rolls back with it: the link stays usable. */
  private async withToken(
    token: string,
    purpose: string | readonly string[],
    answer: (manager: EntityManager, member: PanelMember) => Promise<void>,
  ): Promise<ExpertInvitationView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const grant = await this.tokens.redeem(manager, token, purpose);
      const member = await lockMember(manager, { id: grant.subjectId });
      if (!member) throw invitationNotFound();
      await answer(manager, member);
      return member.id;
    });
    return this.invitations.one(this.dataSource.manager, id);
  }

  /** Another person's invitation answers 404, like one that does not exist. */
  private async asMember(
    id: string,
    principal: Principal,
    answer: (manager: EntityManager, member: PanelMember) => Promise<void>,
  ): Promise<ExpertInvitationView> {
    requireAccess(principal, Permission.OwnPanelInvitations);
    await this.dataSource.transaction(async (manager) => {
      const member = await lockMember(manager, { id, intellectualId: principal.intellectualId! });
      if (!member || member.status === 'proposed') throw invitationNotFound();
      await answer(manager, member);
    });
    return this.invitations.one(this.dataSource.manager, id);
  }

  private async accept(
    manager: EntityManager,
    member: PanelMember,
    input: AcceptPanelInvitationDto,
    by: Answerer,
  ): Promise<void> {
    const request = await this.assertOpen(manager, member);
    const now = new Date();
    if (input.declaration === 'no_conflict') {
      const text = input.declarationText;
      if (input.conflictDescription !== undefined) {
        throw DomainError.invalidField(
          'conflictDescription',
          'conflictDescription goes with declaration "conflict", not "no_conflict"',
          'conflictDescription chỉ dùng khi declaration là "conflict", không dùng với "no_conflict"',
        );
      }
      if (!text || !Object.values(NO_CONFLICT_DECLARATION).includes(text)) {
        throw DomainError.invalidField(
          'declarationText',
          'declarationText must be the no-conflict declaration exactly as shown (declaration.vi or declaration.en)',
          'declarationText phải đúng nguyên văn lời cam đoan không có xung đột lợi ích đã hiển thị (declaration.vi hoặc declaration.en)',
        );
      }
      await manager.update(
        PanelMember,
        { id: member.id },
        { status: 'accepted', answeredAt: now, declarationText: text },
      );
      await this.record(manager, request, member, by, 'review_request.panel_invitation_accepted', {
        status: { before: member.status, after: 'accepted' },
        declarationText: { before: null, after: text },
      });
      return;
    }
    const description = input.conflictDescription;
    if (!description) {
      throw DomainError.invalidField(
        'conflictDescription',
        'Describe the conflict of interest you declare (conflictDescription)',
        'Cần mô tả xung đột lợi ích muốn khai báo (conflictDescription)',
      );
    }
    await manager.update(
      PanelMember,
      { id: member.id },
      { status: 'declined', answeredAt: now, declaredConflict: description, declarationText: null },
    );
    await this.record(manager, request, member, by, 'review_request.panel_conflict_declared', {
      status: { before: member.status, after: 'declined' },
      declaredConflict: { before: member.declaredConflict, after: description },
    });
  }

  private async decline(
    manager: EntityManager,
    member: PanelMember,
    input: DeclinePanelInvitationDto,
    by: Answerer,
  ): Promise<void> {
    const request = await this.assertOpen(manager, member);
    const reason = input.reason?.trim() || null;
    await manager.update(
      PanelMember,
      { id: member.id },
      { status: 'declined', answeredAt: new Date(), declineReason: reason, declarationText: null },
    );
    await this.record(manager, request, member, by, 'review_request.panel_invitation_declined', {
      status: { before: member.status, after: 'declined' },
      declineReason: { before: null, after: reason },
    });
  }

  /** 409 unless the member is invited and the panel still forms or reviews, unlocked. */
  private async assertOpen(manager: EntityManager, member: PanelMember): Promise<ReviewRequest> {
    const panel = await manager.findOneByOrFail(Panel, { id: member.panelId });
    const request = await manager.findOneByOrFail(ReviewRequest, { id: panel.reviewRequestId });
    if (member.status !== 'invited' || panel.lockedAt || !INVITING_STATES.includes(request.state)) {
      const answered = member.status === 'accepted' || member.status === 'declined';
      throw new DomainError('INVITATION_NOT_OPEN', {
        en: answered
          ? `This invitation was answered already (${member.status})`
          : 'This invitation was withdrawn or the panel no longer takes answers',
        vi: answered
          ? `Thư mời này đã được trả lời (${member.status === 'accepted' ? 'đã nhận lời' : 'đã từ chối'})`
          : 'Thư mời này đã được rút lại hoặc hội đồng không còn nhận trả lời',
      });
    }
    return request;
  }

  /** The audit entry, the panel's new version, and the invitation's other link used up. */
  private async record(
    manager: EntityManager,
    request: ReviewRequest,
    member: PanelMember,
    by: Answerer,
    action: string,
    changes: Record<string, { before: unknown; after: unknown }>,
  ): Promise<void> {
    await this.tokens.revoke(manager, member.id, INVITATION_PURPOSES);
    await bumpVersion(manager, { id: member.panelId });
    await this.audit.record(manager, {
      actor: 'principal' in by ? by.principal : undefined,
      action,
      entityType: 'review_request',
      entityId: request.id,
      changes: {
        intellectualId: { before: null, after: member.intellectualId },
        answeredVia: { before: null, after: 'principal' in by ? 'account' : 'link' },
        ...changes,
      },
    });
  }
}

/**
 * The member row locked for its answer, its panel locked first: the order every panel write takes
 * (request, panel, members), so an answer and a staff save wait for each other instead of deadlocking.
 */
async function lockMember(
  manager: EntityManager,
  where: FindOptionsWhere<PanelMember>,
): Promise<PanelMember | null> {
  const found = await manager.findOne(PanelMember, { select: { id: true, panelId: true }, where });
  if (!found) return null;
  await manager.query('SELECT 1 FROM panel WHERE id = $1 FOR UPDATE', [found.panelId]);
  return manager.findOne(PanelMember, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
}

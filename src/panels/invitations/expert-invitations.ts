import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { page, PageQuery } from '../../common/pagination/page';
import { INVITED_STATUSES } from '../panel/panel-rules';
import type { MemberStatus, PanelRole } from '../panel/panel-rules';
import type { RequestState } from '../requests/request-states';
import { answerOf } from './invitation-answer';
import { NO_CONFLICT_DECLARATION } from './invitation-terms';
import type { ExpertInvitationPage, ExpertInvitationView } from './invitations.views';

export const invitationNotFound = () => DomainError.notFound('Panel invitation', 'thư mời tham gia hội đồng');

const SELECT = `SELECT m.id, m.role, m.status, m.invited_at, m.answered_at, m.declaration_text,
         m.declared_conflict, m.decline_reason, r.id AS review_request_id, r.title, r.kind, r.summary, r.state,
         to_char(r.deadline, 'YYYY-MM-DD') AS deadline, o.name_vi AS agency, i.full_name
    FROM panel_member m
    JOIN panel p ON p.id = m.panel_id
    JOIN review_request r ON r.id = p.review_request_id
    JOIN organization o ON o.id = r.requesting_organization_id
    JOIN intellectual i ON i.id = m.intellectual_id`;

/** Invitations as the expert reads them: one (from a link or after an answer), or their own list. */
@Injectable()
export class ExpertInvitations {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async one(manager: EntityManager, id: string): Promise<ExpertInvitationView> {
    const [row] = await manager.query<InvitationRow[]>(`${SELECT} WHERE m.id = $1`, [id]);
    if (!row) throw invitationNotFound();
    return viewOf(row);
  }

  /** The caller's invitations, newest first: those sent to them, not staff's drafts. */
  async mine(query: PageQuery, principal: Principal): Promise<ExpertInvitationPage> {
    requireAccess(principal, Permission.OwnPanelInvitations);
    const params = [principal.intellectualId, [...INVITED_STATUSES]];
    const where = 'WHERE m.intellectual_id = $1 AND m.status = ANY($2::text[])';
    const manager = this.dataSource.manager;
    const [rows, [{ total }]] = await Promise.all([
      manager.query<InvitationRow[]>(
        `${SELECT} ${where} ORDER BY m.invited_at DESC NULLS LAST, m.id LIMIT $3 OFFSET $4`,
        [...params, query.limit, query.offset],
      ),
      manager.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM panel_member m ${where}`,
        params,
      ),
    ]);
    return page(rows.map(viewOf), total, query);
  }
}

interface InvitationRow {
  id: string;
  role: PanelRole;
  status: MemberStatus;
  invited_at: Date | null;
  answered_at: Date | null;
  declaration_text: string | null;
  declared_conflict: string | null;
  decline_reason: string | null;
  review_request_id: string;
  title: string;
  kind: string;
  summary: string;
  state: RequestState;
  deadline: string;
  agency: string;
  full_name: string;
}

function viewOf(row: InvitationRow): ExpertInvitationView {
  return {
    id: row.id,
    reviewRequestId: row.review_request_id,
    requestTitle: row.title,
    requestKind: row.kind,
    requestSummary: row.summary,
    requestState: row.state,
    agency: row.agency,
    deadline: row.deadline,
    fullName: row.full_name,
    role: row.role,
    status: row.status,
    invitedAt: row.invited_at,
    answer: answerOf({
      answeredAt: row.answered_at,
      declarationText: row.declaration_text,
      declaredConflict: row.declared_conflict,
      declineReason: row.decline_reason,
    }),
    declaration: { ...NO_CONFLICT_DECLARATION },
  };
}

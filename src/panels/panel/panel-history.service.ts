import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROFILE_NOT_FOUND, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { PageQuery } from '../../common/pagination/page';
import { Intellectual } from '../../intellectuals';
import { PanelAssessor } from './panel-assessor';
import { FINISHED_REQUEST_STATES, PanelLoadService } from './panel-load.service';
import { INVITED_STATUSES, MemberStatus, PanelRole, SEATED_STATUSES } from './panel-rules';
import type { PanelHistoryItemView, PanelHistoryPage } from './panel.views';
import { readTogether } from '../../platform/database/read-together';

/** An expert's panels, newest first, with their current load: for staff and for the person. */
@Injectable()
export class PanelHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly load: PanelLoadService,
    private readonly assessor: PanelAssessor,
  ) {}

  async history(intellectualId: string, query: PageQuery, principal: Principal): Promise<PanelHistoryPage> {
    requireAccess(principal, Permission.PanelHistoryRead, { intellectualId });
    const manager = this.dataSource.manager;
    if (!(await manager.exists(Intellectual, { where: { id: intellectualId } }))) throw PROFILE_NOT_FOUND();
    const own = principal.intellectualId === intellectualId;
    const statuses = own ? INVITED_STATUSES : [...SEATED_STATUSES, 'declined', 'removed'];
    const from = `FROM panel_member m
         JOIN panel p ON p.id = m.panel_id
         JOIN review_request r ON r.id = p.review_request_id
        WHERE m.intellectual_id = $1 AND m.status = ANY($2::text[])`;
    const [rows, [{ total }], load] = await readTogether(manager, [
      () =>
        manager.query<HistoryRow[]>(
          `SELECT r.id AS review_request_id, r.title, r.kind, r.state, m.role, m.status, m.created_at,
                  m.invited_at, m.answered_at,
                (m.status = ANY($3::text[]) AND r.state <> ALL($4::text[])
                  AND m.created_at > now() - interval '12 months') AS active
         ${from}
        ORDER BY m.created_at DESC, m.id
        LIMIT $5 OFFSET $6`,
          [
            intellectualId,
            statuses,
            [...SEATED_STATUSES],
            [...FINISHED_REQUEST_STATES],
            query.limit,
            query.offset,
          ],
        ),
      () =>
        manager.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, [
          intellectualId,
          statuses,
        ]),
      () => this.load.loadOf([intellectualId], manager),
    ]);
    return {
      items: rows.map((row): PanelHistoryItemView => ({
        reviewRequestId: row.review_request_id,
        title: row.title,
        kind: row.kind,
        requestState: row.state,
        role: row.role,
        status: row.status,
        active: row.active,
        addedAt: row.created_at,
        invitedAt: row.invited_at,
        answeredAt: row.answered_at,
      })),
      total,
      limit: query.limit,
      offset: query.offset,
      load: this.assessor.loadView(load.get(intellectualId) ?? 0),
    };
  }
}

interface HistoryRow {
  review_request_id: string;
  title: string;
  kind: string;
  state: string;
  role: PanelRole;
  status: MemberStatus;
  active: boolean;
  created_at: Date;
  invited_at: Date | null;
  answered_at: Date | null;
}

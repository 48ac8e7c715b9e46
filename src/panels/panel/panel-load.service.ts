import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SEATED_STATUSES } from './panel-rules';

/** Request states whose panels no longer take an expert's time. */
export const FINISHED_REQUEST_STATES = ['closed', 'cancelled', 'declined'] as const;

/**
 * An expert's panel load: the panels they sit on (proposed, invited or accepted) that were formed in
 * the last 12 months and whose request is still open. The limit M (PANEL_MAX_ACTIVE_PANELS) is
 * checked against it.
 */
@Injectable()
export class PanelLoadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active panels per intellectual id (0 for none), one query; `exceptPanelId` leaves that panel out. */
  async loadOf(
    intellectualIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    exceptPanelId: string | null = null,
  ): Promise<Map<string, number>> {
    const ids = [...new Set(intellectualIds)];
    const load = new Map(ids.map((id) => [id, 0]));
    if (ids.length === 0) return load;
    const rows: Array<{ intellectual_id: string; panels: number }> = await manager.query(
      `SELECT m.intellectual_id, count(DISTINCT m.panel_id)::int AS panels
         FROM panel_member m
         JOIN panel p ON p.id = m.panel_id
         JOIN review_request r ON r.id = p.review_request_id
        WHERE m.intellectual_id = ANY($1::uuid[])
          AND m.status = ANY($2::text[])
          AND r.state <> ALL($3::text[])
          AND m.created_at > now() - interval '12 months'
          AND ($4::uuid IS NULL OR p.id <> $4::uuid)
        GROUP BY m.intellectual_id`,
      [ids, [...SEATED_STATUSES], [...FINISHED_REQUEST_STATES], exceptPanelId],
    );
    for (const row of rows) load.set(row.intellectual_id, row.panels);
    return load;
  }
}

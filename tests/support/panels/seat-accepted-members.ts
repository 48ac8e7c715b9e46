import { DataSource } from 'typeorm';
import type { MemberStatus, PanelRole } from '../../../src/panels/panel/panel-rules';

export interface SeatSpec {
  intellectualId: string;
  role: PanelRole;
  status?: MemberStatus;
}

/**
 * Seats members on a request's panel with the status the test needs, in SQL: a stand-in for staff's
 * member save and the experts' answers to invitations, which opinion tests do not exercise. Creates
 * the panel when there is none; returns each seat's panel_member id by intellectual id.
 */
export async function seatMembersBySql(
  dataSource: DataSource,
  reviewRequestId: string,
  seats: readonly SeatSpec[],
): Promise<Record<string, string>> {
  const [panel]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO panel (review_request_id) VALUES ($1)
     ON CONFLICT (review_request_id) DO UPDATE SET version = panel.version + 1
     RETURNING id`,
    [reviewRequestId],
  );
  const ids: Record<string, string> = {};
  for (const seat of seats) {
    const [row]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO panel_member (panel_id, intellectual_id, role, status) VALUES ($1, $2, $3, $4)
       ON CONFLICT (panel_id, intellectual_id) DO UPDATE SET role = EXCLUDED.role, status = EXCLUDED.status
       RETURNING id`,
      [panel.id, seat.intellectualId, seat.role, seat.status ?? 'accepted'],
    );
    ids[seat.intellectualId] = row.id;
  }
  return ids;
}

import { EntityManager } from 'typeorm';

/** The panel_member columns that record a reminder; setting one is the claim. */
export type ReminderColumn = 'reminder_sent_at' | 'opinion_reminder_sent_at';

/** Which panel seats one kind of reminder is due for. */
export interface DueSeatsRule {
  column: ReminderColumn;
  /** The request states in which it goes out. */
  states: readonly string[];
  /** Due once the deadline is at most this many days away, until the deadline day ends (Khánh Hòa days). */
  daysBefore: number;
  /** The kind's own conditions on the seat `m2` (panel_member): constant SQL, never input. */
  condition: string;
  /** The seat column the oldest are claimed first by. */
  orderBy: 'invited_at' | 'answered_at';
}

/** A seat whose reminder this transaction has claimed. */
export interface ClaimedSeat {
  panelMemberId: string;
  intellectualId: string;
  reviewRequestId: string;
}

/**
 * Claims up to `limit` seats due for a reminder by setting its column: the rows are locked FOR
 * UPDATE SKIP LOCKED and the column re-checked IS NULL, so two instances never claim one seat and a
 * rolled-back claim is claimed again. Never once the panel is locked or the deadline day has ended.
 */
export async function claimDueSeats(
  manager: EntityManager,
  rule: DueSeatsRule,
  limit: number,
): Promise<ClaimedSeat[]> {
  const { column } = rule;
  const [claimed] = await manager.query<
    [Array<{ id: string; intellectual_id: string; review_request_id: string }>, number]
  >(
    `UPDATE panel_member m SET ${column} = now()
       FROM panel p
      WHERE p.id = m.panel_id AND m.${column} IS NULL AND m.id IN (
            SELECT m2.id FROM panel_member m2
              JOIN panel p2 ON p2.id = m2.panel_id
              JOIN review_request r ON r.id = p2.review_request_id
             WHERE m2.${column} IS NULL AND (${rule.condition})
               AND p2.locked_at IS NULL AND r.state = ANY($1::text[])
               AND r.deadline >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
               AND r.deadline <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + $2::int
             ORDER BY m2.${rule.orderBy} LIMIT $3
               FOR UPDATE OF m2 SKIP LOCKED)
    RETURNING m.id, m.intellectual_id, p.review_request_id`,
    [[...rule.states], rule.daysBefore, limit],
  );
  return claimed.map((row) => ({
    panelMemberId: row.id,
    intellectualId: row.intellectual_id,
    reviewRequestId: row.review_request_id,
  }));
}

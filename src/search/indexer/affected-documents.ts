import { EntityManager } from 'typeorm';
import { ORGANIZATION_AGGREGATE } from '../../catalog';
import { INTELLECTUAL_AGGREGATE } from '../../intellectuals';
import type { ClaimedEvent } from '../../platform/outbox/outbox-queue';

type Resolver = (manager: EntityManager, aggregateIds: string[]) => Promise<Map<string, string[]>>;

/**
 * The changes search reacts to, and whose documents each one affects. Producers only say what
 * changed; which documents show it is search's knowledge, kept here.
 */
const RESOLVERS: Record<string, Resolver> = {
  [INTELLECTUAL_AGGREGATE]: (_manager, ids) => Promise.resolve(new Map(ids.map((id) => [id, [id]]))),
  // Documents carry their organization's names: a rename refreshes everyone who works there, read
  // when the event is processed, so people who joined or left since are counted right.
  [ORGANIZATION_AGGREGATE]: async (manager, ids) => {
    const rows = await manager.query<Array<{ organizationId: string; id: string }>>(
      `SELECT organization_id AS "organizationId", id FROM intellectual
       WHERE organization_id = ANY($1::uuid[]) AND deleted_at IS NULL AND merged_into_id IS NULL`,
      [ids],
    );
    const people = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const row of rows) people.get(row.organizationId)!.push(row.id);
    return people;
  },
};

/** For each event, in order, the intellectuals whose search documents it affects. */
export async function affectedIntellectuals(
  manager: EntityManager,
  events: ClaimedEvent[],
): Promise<string[][]> {
  const byType = new Map<string, Map<string, string[]>>();
  for (const type of new Set(events.map((event) => event.aggregateType))) {
    const ids = [...new Set(events.filter((e) => e.aggregateType === type).map((e) => e.aggregateId))];
    byType.set(type, await RESOLVERS[type](manager, ids));
  }
  return events.map((event) => byType.get(event.aggregateType)!.get(event.aggregateId) ?? []);
}

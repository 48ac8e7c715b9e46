import { TestApp } from '../../support/test-app';

/**
 * The indexer consumes (deletes) outbox rows as soon as they commit, so counting outbox_event rows is
 * racy. This keeps a copy of every search row inserted (one per change; each consumer has its own
 * copy), in this test file's own database, for assertions.
 */
export async function logOutbox(t: TestApp): Promise<(aggregateId: string) => Promise<number>> {
  await t.dataSource.query(`
    CREATE TABLE test_outbox_log (aggregate_id uuid NOT NULL);
    CREATE FUNCTION test_outbox_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO test_outbox_log VALUES (NEW.aggregate_id); RETURN NEW; END $$;
    CREATE TRIGGER test_outbox_log AFTER INSERT ON outbox_event FOR EACH ROW
      WHEN (NEW.consumer = 'search') EXECUTE FUNCTION test_outbox_log();
  `);
  return async (aggregateId) =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM test_outbox_log WHERE aggregate_id = $1`,
        [aggregateId],
      )
    )[0].n;
}

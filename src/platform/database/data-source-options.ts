import { DataSourceOptions } from 'typeorm';
import type { DatabaseTimeouts } from '../../config/app-config';

/** The entities and migrations of the application; the composition root (src/app-schema.ts) lists them. */
export interface DatabaseSchema {
  entities: Function[];
  migrations: Function[];
  /** TypeORM subscribers (e.g. the request commit tracker of common/http). */
  subscribers?: Function[];
}

/**
 * Options of a data source on `url`. With `timeouts` (the API's), every wait on PostgreSQL is bounded:
 * connecting (and waiting for a pooled connection), each statement and lock wait on the server, and the
 * client's own wait for an answer, which also ends when the server is frozen and cannot cancel
 * anything. Migrations and command-line tools run without them: a migration may take long.
 */
export function dataSourceOptions(
  url: string,
  schema: DatabaseSchema,
  timeouts?: DatabaseTimeouts,
): DataSourceOptions {
  const bounded = timeouts && {
    connectionTimeoutMillis: timeouts.connect,
    statement_timeout: timeouts.statement,
    lock_timeout: timeouts.lock,
    idle_in_transaction_session_timeout: timeouts.idleInTransaction,
    // a little after the server's own statement timeout, so a live server answers first
    query_timeout: timeouts.statement + 1_000,
    keepAlive: true,
  };
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    subscribers: schema.subscribers ?? [],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20, application_name: 'trithuc-khanhhoa', ...bounded },
  };
}

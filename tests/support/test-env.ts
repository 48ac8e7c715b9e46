import { databaseUrl } from '../../src/platform/database/ensure-database';

/** What the e2e global setup hands to test files through the environment. */
export const TEST_ENV = {
  serverUrl: 'TKH_TEST_PG_SERVER_URL',
  templateDb: 'TKH_TEST_TEMPLATE_DB',
  meiliUrl: 'TKH_TEST_MEILI_URL',
  meiliKey: 'TKH_TEST_MEILI_KEY',
} as const;

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run e2e tests through jest (tests/support/global-setup.ts)`);
  return value;
}

export function testDatabaseUrl(name: string): string {
  return databaseUrl(requireEnv(TEST_ENV.serverUrl), name);
}

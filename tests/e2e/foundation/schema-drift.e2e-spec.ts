import { DataSource } from 'typeorm';
import { APP_SCHEMA } from '../../../src/app-schema';
import { dataSourceOptions } from '../../../src/platform/database/data-source-options';
import { pendingSchemaChanges } from '../../../src/platform/database/schema-drift';
import { startTestApp, TestApp } from '../../support/test-app';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

describe('schema drift', () => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    dataSource = new DataSource(dataSourceOptions(t.config.databaseUrl, APP_SCHEMA));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await t.close();
  });

  it('has applied every migration', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('has no pending schema changes: the entities and the migrations agree', async () => {
    const { up } = await pendingSchemaChanges(dataSource);
    expect(up).toEqual([]);
  });
});

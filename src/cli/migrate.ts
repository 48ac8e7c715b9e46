/**
 * npm run migration:run | migration:revert | migration:check | migration:generate -- Name
 * Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseEnvironment } from '../config/environment';
import { startLocalServices } from '../platform/embedded/local-services';
import { APP_SCHEMA } from '../app-schema';
import { dataSourceOptions } from '../platform/database/data-source-options';
import { pendingSchemaChanges } from '../platform/database/schema-drift';
import { findProjectRoot } from '../platform/project-root';

const console_ = { debug: () => undefined, info: console.log, warn: console.warn };

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const vars = parseEnvironment(process.env);
  const services = await startLocalServices(vars, console_, { meilisearch: false });
  const dataSource = new DataSource(dataSourceOptions(services.databaseUrl, APP_SCHEMA));
  try {
    await dataSource.initialize();
    switch (command) {
      case 'run': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'no pending migrations',
        );
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        break;
      case 'check': {
        const { up } = await pendingSchemaChanges(dataSource);
        if (up.length) {
          console.error(`The entities and migrations disagree:\n${up.join(';\n')}`);
          process.exitCode = 1;
        } else console.log('entities and migrations agree');
        break;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
          throw new Error('usage: migration:generate -- PascalCaseName');
        await dataSource.runMigrations({ transaction: 'each' });
        const { up, down } = await pendingSchemaChanges(dataSource);
        if (!up.length) {
          console.log('no schema changes');
          break;
        }
        const timestamp = Date.now();
        const file = join(findProjectRoot(), 'migrations', `${timestamp}-${kebab(name)}.ts`);
        await writeFile(file, migrationSource(`${name}${timestamp}`, up, down.reverse()));
        console.log(`wrote ${file}: review it and add it to migrations/index.ts`);
        break;
      }
      default:
        throw new Error('usage: migrate run|revert|check|generate Name');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

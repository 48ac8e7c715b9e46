import { DataSourceOptions } from 'typeorm';

/** The entities and migrations of the application; the composition root (src/app-schema.ts) lists them. */
export interface DatabaseSchema {
  entities: Function[];
  migrations: Function[];
}

export function dataSourceOptions(url: string, schema: DatabaseSchema): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20, application_name: 'trithuc-khanhhoa' },
  };
}

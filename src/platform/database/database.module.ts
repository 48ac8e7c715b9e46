import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DatabaseSchema, dataSourceOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            if (config.runMigrations) await runMigrations(config.databaseUrl, schema);
            return dataSourceOptions(config.databaseUrl, schema, config.databaseTimeouts);
          },
        }),
      ],
    };
  }
}

/** Pending migrations, on a data source of their own without the API's timeouts (a migration may take long). */
async function runMigrations(url: string, schema: DatabaseSchema): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url, schema)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

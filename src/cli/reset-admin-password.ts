/**
 * npm run admin:reset-password [-- EMAIL]: gives an admin account (ADMIN_EMAIL by default) a new
 * password, ADMIN_PASSWORD when set, otherwise a generated one printed once; audited. Uses
 * DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset (stop a running
 * `npm start` on the same DATA_DIR first).
 */
import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule, BootstrapAccountsService } from '../accounts';
import { APP_SCHEMA } from '../app-schema';
import { AuditModule } from '../audit';
import { createLogger, PinoNestLogger } from '../common/logging/logger';
import { AppConfig, buildAppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { parseEnvironment } from '../config/environment';
import { DatabaseModule } from '../platform/database/database.module';
import { startLocalServices } from '../platform/embedded/local-services';

/** Only what changing an account needs: no HTTP, search or indexer. */
@Module({})
class AccountsCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AccountsCliModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot(APP_SCHEMA),
        AuditModule,
        AccountsModule,
      ],
    };
  }
}

async function main(): Promise<void> {
  const vars = parseEnvironment(process.env);
  const logger = createLogger(vars.LOG_LEVEL === 'info' ? 'warn' : vars.LOG_LEVEL);
  const log = {
    debug: () => undefined,
    info: (m: string) => logger.info(m),
    warn: (m: string) => logger.warn(m),
  };
  const services = await startLocalServices(vars, log, { meilisearch: false });
  try {
    const config = buildAppConfig(vars, services);
    const email = process.argv[2] ?? config.admin.email;
    const context = await NestFactory.createApplicationContext(AccountsCliModule.forRoot(config), {
      logger: new PinoNestLogger(logger),
    });
    try {
      const password = await context
        .get(BootstrapAccountsService)
        .resetAdminPassword(email, vars.ADMIN_PASSWORD);
      console.log(
        vars.ADMIN_PASSWORD
          ? `Admin account: ${email} / (ADMIN_PASSWORD)`
          : `Admin account: ${email} / ${password}  <- new password, shown once, keep it`,
      );
    } finally {
      await context.close();
    }
  } finally {
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Meilisearch } from 'meilisearch';
import pino, { Logger } from 'pino';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../../src/accounts/accounts.repository';
import { AccountsService } from '../../src/accounts/accounts.service';
import { createApp } from '../../src/app.factory';
import { Role } from '../../src/common/access/roles';
import { SESSION_COOKIE } from '../../src/auth/sessions/session-request';
import { SessionService } from '../../src/auth/sessions/session.service';
import { TokenService } from '../../src/auth/token.service';
import { AppConfig, buildAppConfig } from '../../src/config/app-config';
import { parseEnvironment } from '../../src/config/environment';
import { dropDatabase, ensureDatabase } from '../../src/platform/database/ensure-database';
import { RunningSmtpSink, startSmtpSink } from '../../src/platform/embedded/smtp-sink';
import { IndexLifecycle } from '../../src/search/index/index-lifecycle.service';
import { requireEnv, TEST_ENV } from './test-env';

export interface TestAccount {
  id: string;
  email: string;
  token: string;
}

/** A signed-in browser session, as POST /auth/session leaves it. */
export interface TestSession {
  /** The Cookie header value: `tkh_session=<token>`. */
  cookie: string;
  /** The cookie's value alone (for a browser context's addCookies). */
  token: string;
  csrfToken: string;
  account: TestAccount;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: TestAgent;
  dataSource: DataSource;
  /** The test's database, reached directly (config.databaseUrl may go through a proxy). */
  directDatabaseUrl: string;
  meilisearch: Meilisearch;
  /**
   * Where the app's mail arrives (read it with tests/support/mail.ts): the directory of the local SMTP
   * sink started for this app, or null when the test named its own SMTP server (config.mail.smtpUrl).
   */
  mailDir: string | null;
  /** Creates an account with these roles and returns it with a bearer token. */
  account(
    roles: Role[],
    options?: { intellectualId?: string; organizationId?: string; email?: string },
  ): Promise<TestAccount>;
  /**
   * A browser session for a new account with these roles, or for an existing account; made by the
   * session service itself, so no password check and no login rate limit.
   */
  session(
    who: Role[] | TestAccount,
    options?: { intellectualId?: string; email?: string },
  ): Promise<TestSession>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Overrides applied after the configuration is built (e.g. another Meilisearch). */
  config?: Partial<AppConfig>;
  modules?: DynamicModule['imports'];
  /** Reach PostgreSQL through this address (a fault-injecting proxy) instead of directly. */
  databaseVia?: { host: string; port: number };
  /** Where the app logs (silent unless TEST_LOG_LEVEL is set). */
  logger?: Logger;
}

/**
 * Boots the real application on a database of its own (copied from the migrated template) and its own
 * Meilisearch index prefix, so test files run in parallel without seeing each other's data.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const id = randomBytes(5).toString('hex');
  const serverUrl = requireEnv(TEST_ENV.serverUrl);
  const databaseName = `t_${id}`;
  const databaseUrl = await ensureDatabase(serverUrl, databaseName, requireEnv(TEST_ENV.templateDb));
  // uploaded files of this app go to a directory of its own, removed on close
  const dataDir = await mkdtemp(join(tmpdir(), `tkh-test-${id}-`));
  const vars = parseEnvironment({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MEILI_INDEX_PREFIX: `t${id}_`,
    RUN_MIGRATIONS: 'false',
    SEED_DEMO: 'false',
    // a count at start would race the test's own profiles; tests count on first use
    TERM_STATS_AT_START: 'false',
    ...options.env,
  });
  const config: AppConfig = {
    ...buildAppConfig(vars, {
      databaseUrl: options.databaseVia ? via(databaseUrl, options.databaseVia) : databaseUrl,
      meiliUrl: requireEnv(TEST_ENV.meiliUrl),
      meiliMasterKey: requireEnv(TEST_ENV.meiliKey),
      jwtSecret: vars.JWT_SECRET!,
      embedded: false,
    }),
    ...options.config,
  };
  let mailSink: RunningSmtpSink | undefined;
  if (!config.mail.smtpUrl) {
    mailSink = await startSmtpSink(await mkdtemp(join(tmpdir(), 'tkh-mail-')), quietLog);
    config.mail = { ...config.mail, smtpUrl: mailSink.url };
  }
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp(config, logger, options.modules);
  await app.init();
  // The service answers while its first index is built (searches: 503 until then); tests start after it.
  await app.get(IndexLifecycle).ensureCurrent();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const meilisearch = app.get(Meilisearch);
  let accounts = 0;
  const account: TestApp['account'] = async (roles, accountOptions = {}) => {
    accounts += 1;
    const email = accountOptions.email ?? `${roles.join('-')}-${accounts}-${id}@test.local`;
    const view = await app.get(AccountsService).create(
      {
        email,
        password: 'correct horse battery',
        displayName: email,
        roles,
        intellectualId: accountOptions.intellectualId,
        organizationId: accountOptions.organizationId,
      },
      undefined,
    );
    return { id: view.id, email, token: app.get(TokenService).issue(view.id).accessToken };
  };

  return {
    app,
    config,
    http: request.agent(app.getHttpServer()),
    dataSource,
    directDatabaseUrl: databaseUrl,
    meilisearch,
    mailDir: mailSink?.dir ?? null,
    account,
    async session(who, sessionOptions) {
      const owner = Array.isArray(who) ? await account(who, sessionOptions) : who;
      const stored = await app.get(AccountsRepository).findById(owner.id);
      if (!stored) throw new Error(`no account ${owner.id}`);
      const { token, session } = await app.get(SessionService).start(stored, 'jest');
      return { cookie: `${SESSION_COOKIE}=${token}`, token, csrfToken: session.csrfToken, account: owner };
    },
    async close() {
      const { results } = await meilisearch.getIndexes({ limit: 1000 }).catch(() => ({ results: [] }));
      await Promise.all(
        results
          .filter((index) => index.uid.startsWith(config.meili.indexPrefix))
          .map((index) => meilisearch.deleteIndex(index.uid)),
      );
      await app.close();
      if (mailSink) {
        await mailSink.stop();
        await rm(mailSink.dir, { recursive: true, force: true });
      }
      await dropDatabase(serverUrl, databaseName);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const quietLog = { debug: () => undefined, warn: (message: string) => console.warn(message) };

function via(url: string, address: { host: string; port: number }): string {
  const proxied = new URL(url);
  proxied.hostname = address.host;
  proxied.port = String(address.port);
  return proxied.toString();
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

import { resolve } from 'node:path';
import { EnvironmentVariables } from './environment';

/** The one typed configuration object of a running instance, with every service address resolved. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  databaseTimeouts: DatabaseTimeouts;
  meili: { url: string; masterKey: string; indexPrefix: string };
  jwt: { secret: string; ttlSeconds: number };
  admin: { email: string; password?: string };
  /** True when PostgreSQL and Meilisearch run inside this process tree (development defaults). */
  embedded: boolean;
  seedDemo: boolean;
  runMigrations: boolean;
  /** Count the registry's term statistics for matching when the process starts (in the background). */
  termStatsAtStart: boolean;
  logLevel: string;
  bodyLimit: string;
  loginRateLimit: { limit: number; windowSeconds: number };
  /** Panel composition limits (issue 12): N members per organization, M active panels per expert in 12 months. */
  panels: { maxPerOrganization: number; maxActivePanels: number };
  /**
   * Reminders to panel members before the request's deadline: of an unanswered invitation
   * `invitationDaysBefore` days, of an opinion not yet sent `opinionDaysBefore` days; looked for every `intervalMs`.
   */
  panelReminders: { invitationDaysBefore: number; opinionDaysBefore: number; intervalMs: number };
  /** Browser sessions: ended after `idleSeconds` without a request, and `maxSeconds` after sign-in at the latest. */
  session: { idleSeconds: number; maxSeconds: number };
  /** Express's `trust proxy`: whose X-Forwarded-* headers to believe (client address, HTTPS). */
  trustProxy: boolean | number | string;
  /** The web app's address as people reach it, for links in mail (no trailing slash). */
  publicUrl: string;
  mail: MailConfig;
  /** Where uploaded files are kept. */
  storage: StorageConfig;
}

export type StorageConfig = DiskStorageConfig | S3StorageConfig;

export interface DiskStorageConfig {
  kind: 'disk';
  directory: string;
}

export interface S3StorageConfig {
  kind: 's3';
  bucket: string;
  region: string;
  /** An S3-compatible service's address; unset for AWS itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (environment, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Outgoing mail (src/platform/mail). */
export interface MailConfig {
  /** The SMTP server: SMTP_URL, or the local sink's address. Null: this process sends no mail (CLI tools). */
  smtpUrl: string | null;
  from: string;
  /** Delay before retry n (1, 2…): baseMs·2^(n−1), at most maxMs, less up to half of it at random. */
  retry: { baseMs: number; maxMs: number };
}

/** Transient failures (SMTP down, 4xx) are retried after 30 s, 1 min, 2 min… and then hourly. */
export const MAIL_RETRY_DEFAULTS = { baseMs: 30_000, maxMs: 3_600_000 };

/** How long the API waits on PostgreSQL before answering 503 instead of hanging (milliseconds). */
export interface DatabaseTimeouts {
  connect: number;
  statement: number;
  lock: number;
  idleInTransaction: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export const DEFAULT_ADMIN_EMAIL = 'admin@trithuc.khanhhoa.local';

export interface ResolvedServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  jwtSecret: string;
  embedded: boolean;
  /** SMTP_URL, or the local sink started in its place; absent when nothing sends mail here. */
  smtpUrl?: string;
}

export function buildAppConfig(vars: EnvironmentVariables, services: ResolvedServices): AppConfig {
  return {
    env: vars.NODE_ENV as AppConfig['env'],
    port: vars.PORT,
    host: vars.HOST,
    dataDir: resolve(vars.DATA_DIR),
    databaseUrl: services.databaseUrl,
    databaseTimeouts: {
      connect: vars.DB_CONNECT_TIMEOUT_MS,
      statement: vars.DB_STATEMENT_TIMEOUT_MS,
      lock: vars.DB_LOCK_TIMEOUT_MS,
      idleInTransaction: vars.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    meili: {
      url: services.meiliUrl,
      masterKey: services.meiliMasterKey,
      indexPrefix: vars.MEILI_INDEX_PREFIX,
    },
    jwt: { secret: services.jwtSecret, ttlSeconds: vars.JWT_TTL_SECONDS },
    admin: { email: vars.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL, password: vars.ADMIN_PASSWORD },
    embedded: services.embedded,
    seedDemo: vars.SEED_DEMO ?? services.embedded,
    runMigrations: vars.RUN_MIGRATIONS,
    termStatsAtStart: vars.TERM_STATS_AT_START,
    logLevel: vars.LOG_LEVEL,
    bodyLimit: vars.BODY_LIMIT,
    loginRateLimit: { limit: vars.LOGIN_RATE_LIMIT, windowSeconds: vars.LOGIN_RATE_WINDOW_SECONDS },
    panels: {
      maxPerOrganization: vars.PANEL_MAX_PER_ORGANIZATION,
      maxActivePanels: vars.PANEL_MAX_ACTIVE_PANELS,
    },
    panelReminders: {
      invitationDaysBefore: vars.PANEL_REMINDER_DAYS,
      opinionDaysBefore: vars.PANEL_OPINION_REMINDER_DAYS,
      intervalMs: 15 * 60_000,
    },
    session: { idleSeconds: vars.SESSION_IDLE_MINUTES * 60, maxSeconds: vars.SESSION_MAX_HOURS * 3600 },
    trustProxy: trustProxy(vars.TRUST_PROXY),
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    mail: {
      smtpUrl: vars.SMTP_URL ?? services.smtpUrl ?? null,
      from: vars.MAIL_FROM,
      retry: MAIL_RETRY_DEFAULTS,
    },
    storage: storageConfig(vars),
  };
}

function storageConfig(vars: EnvironmentVariables): StorageConfig {
  if (!vars.S3_BUCKET) return { kind: 'disk', directory: resolve(vars.DATA_DIR, 'files') };
  return {
    kind: 's3',
    bucket: vars.S3_BUCKET,
    region: vars.S3_REGION,
    endpoint: vars.S3_ENDPOINT,
    // MinIO and most self-hosted stores address buckets by path, not by host name
    forcePathStyle: vars.S3_FORCE_PATH_STYLE ?? vars.S3_ENDPOINT !== undefined,
    credentials:
      vars.S3_ACCESS_KEY_ID && vars.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: vars.S3_ACCESS_KEY_ID, secretAccessKey: vars.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

function trustProxy(value: string): boolean | number | string {
  const word = value.trim().toLowerCase();
  // '1' and '0' are hop counts for Express too: 1 trusts the nearest proxy, 0 none
  if (/^\d+$/.test(word)) return Number(word);
  if (['true', 'yes', 'on'].includes(word)) return true;
  if (['false', 'no', 'off'].includes(word)) return false;
  return value;
}

import { isIP } from 'node:net';
import addressparser from 'nodemailer/lib/addressparser';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  isEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';

/** Only recognised spellings become booleans; anything else stays a string and fails @IsBoolean. */
const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(word)) return true;
  if (['0', 'false', 'no', 'off'].includes(word)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** Express's `trust proxy` names for address ranges (proxy-addr). */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * A boolean word, a hop count, or comma-separated addresses, subnets and range names: checked here
 * because Express throws at start on an address it cannot parse.
 */
function isTrustProxy(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const word = value.trim().toLowerCase();
  if (/^(?:true|false|yes|no|on|off|\d+)$/.test(word)) return true;
  return word.split(',').every((part) => {
    const [address, prefix, ...rest] = part.trim().split('/');
    if (rest.length) return false;
    if (PROXY_RANGES.includes(address) && prefix === undefined) return true;
    const version = isIP(address);
    if (!version) return false;
    return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
}

const IsTrustProxy = () =>
  ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: isTrustProxy,
      defaultMessage: () =>
        'TRUST_PROXY must be true/false, a number of proxies, or comma-separated addresses/subnets (loopback, 10.0.0.0/8)',
    },
  });

const DEFAULT_MAIL_ADDRESS = 'no-reply@trithuc.khanhhoa.local';

/** `address` or `Display Name <address>`, one mailbox, as nodemailer reads a From header. */
function isMailbox(value: unknown): boolean {
  if (typeof value !== 'string' || /[\r\n]/.test(value)) return false;
  const parsed = addressparser(value, { flatten: true });
  return parsed.length === 1 && isEmail(parsed[0].address, { require_tld: false });
}

function IsMailbox() {
  return ValidateBy({
    name: 'isMailbox',
    validator: {
      validate: isMailbox,
      defaultMessage: () => 'MAIL_FROM must be an address or "Name <address>"',
    },
  });
}

/**
 * The environment variables the service reads; each is validated once at start. Every field has an
 * initialiser (`= undefined` for optional ones) because parseEnvironment recognises variables by the
 * own keys of an instance, which class fields without one do not create under every compiler setting
 * (useDefineForClassFields false, as in the Jest transform).
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsString()
  DATA_DIR = './.data';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string = undefined;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  MEILI_URL?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(16)
  MEILI_MASTER_KEY?: string = undefined;

  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'MEILI_INDEX_PREFIX may hold only a-z, 0-9 and _' })
  MEILI_INDEX_PREFIX = '';

  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string = undefined;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS = 3600;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string = undefined;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean = undefined;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  TERM_STATS_AT_START = true;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 512kb or 1mb' })
  BODY_LIMIT = '1mb';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS = 10_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_LOCK_TIMEOUT_MS = 5_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1_000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  /** Panel composition: at most this many members from one organization (N). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PANEL_MAX_PER_ORGANIZATION = 2;

  /** Panel composition: at most this many active panels per expert over 12 months (M). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PANEL_MAX_ACTIVE_PANELS = 3;

  /** Panel invitations: remind unanswered invitations this many days before the request's deadline. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PANEL_REMINDER_DAYS = 3;

  /**
   * Panel opinions: remind accepted members who have not sent their opinion this many days before the
   * deadline. Its own setting: writing an opinion takes days where answering an invitation takes minutes.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PANEL_OPINION_REMINDER_DAYS = 5;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 60;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  SESSION_MAX_HOURS = 12;

  @IsOptional()
  @IsTrustProxy()
  TRUST_PROXY = 'false';

  /** Uploaded files go to this S3 bucket when it is set, else to DATA_DIR/files. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name: 3 to 63 characters a-z, 0-9, dots and hyphens',
  })
  S3_BUCKET?: string = undefined;

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'S3_REGION must look like us-east-1' })
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string = undefined;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string = undefined;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string = undefined;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean = undefined;

  /** Where mail leaves (`smtp://` or `smtps://`, credentials in the URL); unset: a local sink under DATA_DIR/mail. */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string = undefined;

  /** The From of every message: an address, optionally with a display name (`Name <address>`). */
  @IsOptional()
  @IsMailbox()
  MAIL_FROM = `Trí thức Khánh Hòa <${DEFAULT_MAIL_ADDRESS}>`;

  /** The address people reach the web app at, for the links in mail (no trailing path). */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string = undefined;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses and validates the environment; throws one error listing every bad variable. */
export function parseEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const known = new Set(Object.keys(new EnvironmentVariables()));
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && value !== '' && known.has(key)),
  );
  const parsed = plainToInstance(EnvironmentVariables, relevant, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: true });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (parsed.NODE_ENV === 'production') {
    for (const name of [
      'DATABASE_URL',
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'JWT_SECRET',
      'SMTP_URL',
      'PUBLIC_URL',
    ] as const) {
      if (!parsed[name]) problems.push(`${name}: is required when NODE_ENV=production`);
    }
  }
  if ((parsed.DATABASE_URL || parsed.MEILI_URL) && !parsed.JWT_SECRET) {
    problems.push('JWT_SECRET: is required when PostgreSQL or Meilisearch are not embedded');
  }
  if (parsed.SMTP_URL && !('MAIL_FROM' in relevant)) {
    problems.push('MAIL_FROM: is required with SMTP_URL (a real server refuses the default local address)');
  }
  if (parsed.MEILI_URL && !parsed.MEILI_MASTER_KEY) {
    problems.push('MEILI_MASTER_KEY: is required with MEILI_URL');
  }
  problems.push(...s3Problems(parsed, relevant));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return parsed;
}

/** S3 settings only make sense with a bucket, and keys come in pairs. */
function s3Problems(parsed: EnvironmentVariables, given: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const s3Settings = Object.keys(given).filter((name) => name.startsWith('S3_') && name !== 'S3_BUCKET');
  if (!parsed.S3_BUCKET && s3Settings.length > 0) {
    problems.push(`S3_BUCKET: is required with ${s3Settings.sort().join(', ')}`);
  }
  if (Boolean(parsed.S3_ACCESS_KEY_ID) !== Boolean(parsed.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  }
  return problems;
}

import { buildAppConfig } from '../../../src/config/app-config';
import { ConfigurationError, parseEnvironment } from '../../../src/config/environment';

/** The problems a configuration raises, or a failure when it is accepted. */
function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
  throw new Error(`configuration was accepted: ${JSON.stringify(env)}`);
}

const variablesNamed = (problems: string[]) => [...new Set(problems.map((p) => p.split(':')[0]))].sort();

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:secret@db.internal:5432/trithuc',
  MEILI_URL: 'https://search.internal:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-32-characters-ok',
  JWT_SECRET: 'x'.repeat(48),
  ADMIN_EMAIL: 'ops@khanhhoa.gov.vn',
  ADMIN_PASSWORD: 'a strong password',
  SMTP_URL: 'smtp://mailer:secret@smtp.khanhhoa.gov.vn:587',
  MAIL_FROM: 'Trí thức Khánh Hòa <trithuc@khanhhoa.gov.vn>',
  PUBLIC_URL: 'https://trithuc.khanhhoa.gov.vn',
};

describe('parseEnvironment', () => {
  it('refuses database timeouts that are not whole milliseconds or too short to work', () => {
    expect(
      variablesNamed(
        problemsOf({ DB_CONNECT_TIMEOUT_MS: '5s', DB_STATEMENT_TIMEOUT_MS: '10', DB_LOCK_TIMEOUT_MS: '-1' }),
      ),
    ).toEqual(['DB_CONNECT_TIMEOUT_MS', 'DB_LOCK_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS']);
  });

  it('gives every variable its default when the environment is empty', () => {
    const vars = parseEnvironment({});
    expect({ ...vars }).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './.data',
      MEILI_INDEX_PREFIX: '',
      JWT_TTL_SECONDS: 3600,
      RUN_MIGRATIONS: true,
      LOG_LEVEL: 'info',
      BODY_LIMIT: '1mb',
      LOGIN_RATE_LIMIT: 10,
      DB_CONNECT_TIMEOUT_MS: 5000,
      DB_STATEMENT_TIMEOUT_MS: 10000,
      DB_LOCK_TIMEOUT_MS: 5000,
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60000,
      LOGIN_RATE_WINDOW_SECONDS: 60,
    });
    expect(vars.DATABASE_URL).toBeUndefined();
    expect(vars.MEILI_URL).toBeUndefined();
    expect(vars.SEED_DEMO).toBeUndefined();
  });

  it('converts numbers and booleans, ignores empty and unrelated variables', () => {
    const vars = parseEnvironment({
      PORT: ' 8080 ',
      SEED_DEMO: 'false',
      RUN_MIGRATIONS: 'no',
      LOGIN_RATE_LIMIT: '3',
      DATA_DIR: '',
      PATH: '/usr/bin',
      npm_config_cache: '/tmp',
    });
    expect(vars.PORT).toBe(8080);
    expect(vars.SEED_DEMO).toBe(false);
    expect(vars.RUN_MIGRATIONS).toBe(false);
    expect(vars.LOGIN_RATE_LIMIT).toBe(3);
    expect(vars.DATA_DIR).toBe('./.data');
    expect(vars).not.toHaveProperty('PATH');
  });

  it('accepts a complete production configuration', () => {
    const vars = parseEnvironment(PRODUCTION);
    expect(vars.DATABASE_URL).toBe(PRODUCTION.DATABASE_URL);
    expect(vars.MEILI_URL).toBe(PRODUCTION.MEILI_URL);
    expect(vars.JWT_SECRET).toBe(PRODUCTION.JWT_SECRET);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db.internal/trithuc'],
    ['MEILI_URL', 'ftp://search.internal'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['BODY_LIMIT', 'lots'],
    ['JWT_TTL_SECONDS', '5'],
    ['JWT_SECRET', 'too-short'],
    ['ADMIN_EMAIL', 'admin'],
    ['ADMIN_PASSWORD', 'short'],
    ['SEED_DEMO', 'maybe'],
    ['LOGIN_RATE_LIMIT', '0'],
    ['MEILI_INDEX_PREFIX', 'Has-Capitals'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '30m'],
    ['SESSION_MAX_HOURS', '721'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '10.0.0.0/8; rm'],
    ['TRUST_PROXY', 'cafe'],
    ['TRUST_PROXY', '10.0.0'],
    ['TRUST_PROXY', '999.1.1.1'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['SMTP_URL', 'http://smtp.internal'],
    ['SMTP_URL', 'smtp.internal:25'],
    ['MAIL_FROM', 'not an address'],
    ['MAIL_FROM', 'a@b.vn, c@d.vn'],
    ['MAIL_FROM', 'Name <a@b.vn>\r\nBcc: x@y.vn'],
    ['PUBLIC_URL', 'trithuc.khanhhoa.gov.vn'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    const env = name === 'JWT_SECRET' ? { [name]: value } : { JWT_SECRET: 'x'.repeat(32), [name]: value };
    const problems = problemsOf(env);
    expect(variablesNamed(problems)).toContain(name);
  });

  it('names every bad variable at once: invalid PORT, non-URL DATABASE_URL and missing production vars', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'eighty', DATABASE_URL: 'not a url' });
    expect(variablesNamed(problems)).toEqual(
      [
        'DATABASE_URL',
        'JWT_SECRET',
        'MEILI_MASTER_KEY',
        'MEILI_URL',
        'PORT',
        'PUBLIC_URL',
        'SMTP_URL',
      ].sort(),
    );
    const message = problems.join('\n');
    expect(message).toMatch(/MEILI_URL: is required when NODE_ENV=production/);
    expect(message).toMatch(/JWT_SECRET: is required when NODE_ENV=production/);
  });

  it('requires DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, JWT_SECRET, SMTP_URL and PUBLIC_URL in production', () => {
    expect(variablesNamed(problemsOf({ NODE_ENV: 'production' }))).toEqual(
      ['DATABASE_URL', 'JWT_SECRET', 'MEILI_MASTER_KEY', 'MEILI_URL', 'PUBLIC_URL', 'SMTP_URL'].sort(),
    );
    for (const name of [
      'DATABASE_URL',
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'JWT_SECRET',
      'SMTP_URL',
      'PUBLIC_URL',
    ] as const) {
      const env: NodeJS.ProcessEnv = { ...PRODUCTION };
      delete env[name];
      expect(variablesNamed(problemsOf(env))).toEqual([name]);
    }
  });

  it('requires JWT_SECRET when a service is external, and MEILI_MASTER_KEY with MEILI_URL', () => {
    expect(variablesNamed(problemsOf({ DATABASE_URL: PRODUCTION.DATABASE_URL }))).toEqual(['JWT_SECRET']);
    expect(variablesNamed(problemsOf({ MEILI_URL: PRODUCTION.MEILI_URL }))).toEqual([
      'JWT_SECRET',
      'MEILI_MASTER_KEY',
    ]);
  });

  it('requires MAIL_FROM with SMTP_URL: a real server refuses the local default sender', () => {
    expect(variablesNamed(problemsOf({ SMTP_URL: PRODUCTION.SMTP_URL }))).toEqual(['MAIL_FROM']);
    expect(
      parseEnvironment({ SMTP_URL: PRODUCTION.SMTP_URL, MAIL_FROM: 'trithuc@khanhhoa.gov.vn' }).SMTP_URL,
    ).toBe(PRODUCTION.SMTP_URL);
  });

  it('writes a message that lists each problem on its own line', () => {
    try {
      parseEnvironment({ PORT: '-1', LOG_LEVEL: 'loud' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const { message } = error as ConfigurationError;
      expect(message).toMatch(/^Invalid configuration:\n/);
      expect(message).toMatch(/\n {2}- PORT: /);
      expect(message).toMatch(/\n {2}- LOG_LEVEL: /);
    }
  });
});

describe('buildAppConfig', () => {
  const services = {
    databaseUrl: 'postgres://localhost/x',
    meiliUrl: 'http://127.0.0.1:7700',
    meiliMasterKey: 'k'.repeat(32),
    jwtSecret: 's'.repeat(32),
  };

  it('seeds demo data by default only with embedded services', () => {
    expect(buildAppConfig(parseEnvironment({}), { ...services, embedded: true }).seedDemo).toBe(true);
    expect(buildAppConfig(parseEnvironment({}), { ...services, embedded: false }).seedDemo).toBe(false);
    expect(
      buildAppConfig(parseEnvironment({ SEED_DEMO: 'false' }), { ...services, embedded: true }).seedDemo,
    ).toBe(false);
  });

  it('builds one typed object with resolved addresses and an absolute data directory', () => {
    const config = buildAppConfig(
      parseEnvironment({ PORT: '4000', DATA_DIR: 'relative/data', LOGIN_RATE_LIMIT: '5' }),
      { ...services, embedded: true },
    );
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: services.databaseUrl,
      meili: { url: services.meiliUrl, masterKey: services.meiliMasterKey, indexPrefix: '' },
      jwt: { secret: services.jwtSecret, ttlSeconds: 3600 },
      admin: { email: 'admin@trithuc.khanhhoa.local' },
      loginRateLimit: { limit: 5, windowSeconds: 60 },
      bodyLimit: '1mb',
    });
    expect(config.dataDir).toMatch(/^\/.*\/relative\/data$/);
  });

  it('limits panels to 2 members per organization and experts to 3 active panels by default, both configurable', () => {
    expect(buildAppConfig(parseEnvironment({}), { ...services, embedded: true }).panels).toEqual({
      maxPerOrganization: 2,
      maxActivePanels: 3,
    });
    const vars = parseEnvironment({ PANEL_MAX_PER_ORGANIZATION: '1', PANEL_MAX_ACTIVE_PANELS: '5' });
    expect(buildAppConfig(vars, { ...services, embedded: true }).panels).toEqual({
      maxPerOrganization: 1,
      maxActivePanels: 5,
    });
  });

  it('sends mail to SMTP_URL, else to the local sink the services started, and links to PUBLIC_URL or localhost', () => {
    const local = buildAppConfig(parseEnvironment({ PORT: '4000' }), {
      ...services,
      embedded: true,
      smtpUrl: 'smtp://127.0.0.1:2525',
    });
    expect(local.mail).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Trí thức Khánh Hòa <no-reply@trithuc.khanhhoa.local>',
    });
    expect(local.publicUrl).toBe('http://localhost:4000');
    const vars = parseEnvironment({ ...PRODUCTION, PUBLIC_URL: 'https://trithuc.khanhhoa.gov.vn/' });
    const production = buildAppConfig(vars, { ...services, embedded: false });
    expect(production.mail).toMatchObject({ smtpUrl: PRODUCTION.SMTP_URL, from: PRODUCTION.MAIL_FROM });
    expect(production.publicUrl).toBe('https://trithuc.khanhhoa.gov.vn');
    expect(buildAppConfig(parseEnvironment({}), { ...services, embedded: true }).mail.smtpUrl).toBeNull();
  });

  it('gives sessions 60 idle minutes and 12 hours at most, and trusts no proxy, by default', () => {
    expect(buildAppConfig(parseEnvironment({}), { ...services, embedded: true })).toMatchObject({
      session: { idleSeconds: 3600, maxSeconds: 12 * 3600 },
      trustProxy: false,
    });
  });

  it.each([
    ['true', true],
    ['off', false],
    ['1', 1],
    ['2', 2],
    ['loopback', 'loopback'],
    ['loopback, 10.0.0.0/8, ::1', 'loopback, 10.0.0.0/8, ::1'],
    ['fd00::/8,192.168.1.10', 'fd00::/8,192.168.1.10'],
  ])('passes TRUST_PROXY=%s to Express as %p', (value, expected) => {
    const config = buildAppConfig(parseEnvironment({ TRUST_PROXY: value }), { ...services, embedded: true });
    expect(config.trustProxy).toEqual(expected);
  });
});

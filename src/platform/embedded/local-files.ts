import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

/** Reads a secret kept in the data directory, creating it (mode 600) on first use. */
export async function readOrCreateSecret(path: string, bytes = 32): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  await mkdir(dirname(path), { recursive: true });
  const secret = randomBytes(bytes).toString('base64url');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Creates a directory that other local users (the postgres user) can traverse. */
export async function ensureTraversableDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await chmod(path, 0o755);
}

/** Asks the kernel for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The command line of a live process, or undefined when no such process runs. */
export async function processCommandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await processCommandLine(pid)) === undefined) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Stops a server process left behind by a crashed start (its parent was killed), but only when its
 * command line proves it is ours: it names our data directory.
 */
export async function stopOrphan(pid: number, marker: string, signal: NodeJS.Signals): Promise<boolean> {
  const commandLine = await processCommandLine(pid);
  if (!commandLine?.includes(marker)) return false;
  process.kill(pid, signal);
  if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  return true;
}

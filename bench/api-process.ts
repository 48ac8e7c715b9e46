import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort, waitForExit } from '../src/platform/embedded/local-files';
import type { BenchServices } from './services';

/** The API as its own process (its own event loop, as in production), started from dist/. */
export interface ApiProcess {
  baseUrl: string;
  pid: number;
  adminEmail: string;
  adminPassword: string;
  /** Resident set size in MB, from /proc/<pid>/status. */
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

export const ADMIN_EMAIL = 'bench-admin@trithuc.khanhhoa.local';

export async function startApi(root: string, services: BenchServices): Promise<ApiProcess> {
  const port = await findFreePort();
  const adminPassword = randomBytes(18).toString('base64url');
  // BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the API process itself.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      MEILI_INDEX_PREFIX: services.indexPrefix,
      SMTP_URL: services.smtpUrl,
      MAIL_FROM: 'bench@trithuc.khanhhoa.local',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD: adminPassword,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 50) stderr.shift();
  });
  const baseUrl = `http://127.0.0.1:${port}/api/v1`;
  await waitUntilHealthy(child, baseUrl, stderr);
  const pid = child.pid!;
  return {
    baseUrl,
    pid,
    adminEmail: ADMIN_EMAIL,
    adminPassword,
    rssMb: () => residentMb(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(pid, 15_000))) child.kill('SIGKILL');
    },
  };
}

async function waitUntilHealthy(child: ChildProcess, baseUrl: string, stderr: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not start (exit ${child.exitCode}).\n${stderr.join('')}`);
    }
    const healthy = await fetch(`${baseUrl}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

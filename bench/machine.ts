import { execFileSync } from 'node:child_process';
import { cpus, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
}

export interface Versions {
  node: string;
  postgres: string;
  meilisearch: string;
  autocannon: string;
  commit: string | null;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
  };
}

export async function versions(
  root: string,
  pool: Pool,
  meiliUrl: string,
  masterKey: string,
): Promise<Versions> {
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  const meili = await fetch(`${meiliUrl}/version`, { headers: { authorization: `Bearer ${masterKey}` } });
  const autocannon = JSON.parse(
    readFileSync(join(root, 'node_modules', 'autocannon', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return {
    node: process.version,
    postgres: rows[0].server_version,
    meilisearch: ((await meili.json()) as { pkgVersion: string }).pkgVersion,
    autocannon: autocannon.version,
    commit: gitCommit(root),
  };
}

function gitCommit(root: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MachineInfo, Versions } from '../machine';
import type { Target } from '../report';
import type { WorkforceFigures } from './phase';

export interface WorkforceReport {
  phase: 'workforce';
  startedAt: string;
  finishedAt: string;
  size: { label: string; profiles: number; rows: Record<string, number>; seed: string };
  machine: MachineInfo;
  versions: Versions;
  workforce: WorkforceFigures;
  targets: Target[];
}

/** Issue 14: any breakdown under 200 ms p95 at 100k profiles, today and on a past date. */
export function judgeWorkforceTargets(figures: WorkforceFigures): Target[] {
  const worst = (rows: WorkforceFigures['today']) => Math.max(...rows.map((row) => row.p95));
  return [
    {
      name: 'breakdown p95, today (ms)',
      goal: '< 200 at 100k',
      value: worst(figures.today),
      met: worst(figures.today) < 200,
    },
    {
      name: 'breakdown p95, past date (ms)',
      goal: '< 200 at 100k',
      value: worst(figures.pastDate),
      met: worst(figures.pastDate) < 200,
    },
  ];
}

export async function writeWorkforceReport(outDir: string, report: WorkforceReport): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(
    outDir,
    `bench-workforce-${report.size.label}-${report.startedAt.replace(/[:.]/g, '-')}.json`,
  );
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export function printWorkforceReport(report: WorkforceReport): void {
  const { workforce } = report;
  console.log(`\nWorkforce breakdowns: ${report.size.profiles} profiles (${report.size.label})`);
  console.log(`${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB`);
  console.log(
    `facts fresh ${workforce.secondsToFresh} s after the load; ${workforce.factRows} fact rows; ${workforce.queries} queries`,
  );
  const rows = (label: string, list: WorkforceFigures['today']) =>
    list.map((row) => ({
      date: label,
      concurrency: row.concurrency,
      requests: row.requests,
      errors: row.errors,
      p50: row.p50,
      p95: row.p95,
      p99: row.p99,
      max: row.max,
    }));
  console.table([...rows('today', workforce.today), ...rows('past date', workforce.pastDate)]);
  console.table(report.targets);
}

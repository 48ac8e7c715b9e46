import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, RowCells } from '../../src/imports/rows/import-columns';
import { generateProfile, GeneratorOptions } from '../../src/seed/profile-generator';
import type { GeneratedProfile } from '../../src/seed/generated-profile';
import type { DegreeLevel } from '../../src/intellectuals/entities/education.entity';
import { DEGREE_RANKING } from '../../src/intellectuals/summary/profile-summary.entity';
import type { ApiClient } from '../api-client';
import type { ApiProcess } from '../api-process';
import { waitUntilSearchable } from './indexing';

export interface ImportFigures {
  rows: number;
  fileMb: number;
  secondsToCommitted: number;
  secondsToSearchable: number;
  rowsPerSecond: number;
  apiPeakRssMb: number;
  counts: Record<string, number>;
}

interface ImportJobView {
  status: 'queued' | 'running' | 'completed' | 'failed';
  processedRows: number;
  counts: Record<string, number>;
  failure: unknown;
}

/**
 * Issue 5's import through the product's own path: a generated .xlsx in the template's columns is
 * uploaded to POST /imports, each row then goes through the profile service, audit and outbox. Times
 * to every row committed (the job completed) and to every new profile searchable.
 */
export async function measureImport(
  baseUrl: string,
  client: ApiClient,
  api: ApiProcess,
  rows: number,
  generator: GeneratorOptions,
  documentsBefore: number,
): Promise<ImportFigures> {
  const file = join(tmpdir(), `tkh-bench-import-${process.pid}.xlsx`);
  try {
    await writeWorkbook(file, rows, { ...generator, seed: `${generator.seed}-import` });
    const content = await readFile(file);
    let peakRss = 0;
    const sampler = setInterval(() => {
      void api.rssMb().then((mb) => (peakRss = Math.max(peakRss, mb)));
    }, 100);
    try {
      const started = performance.now();
      const form = new FormData();
      form.append('file', new Blob([content]), 'bench-import.xlsx');
      const upload = await fetch(`${baseUrl}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}` },
        body: form,
      });
      if (upload.status !== 202)
        throw new Error(`POST /imports answered ${upload.status}: ${await upload.text()}`);
      const { id } = (await upload.json()) as { id: string };
      const job = await waitForJob(client, id, 60_000 + rows * 100);
      const secondsToCommitted = (performance.now() - started) / 1000;
      if (job.status !== 'completed') throw new Error(`import failed: ${JSON.stringify(job.failure)}`);
      await waitUntilSearchable(client, documentsBefore + (job.counts.created ?? 0), 60_000 + rows * 30);
      const secondsToSearchable = (performance.now() - started) / 1000;
      return {
        rows,
        fileMb: content.length / 1024 / 1024,
        secondsToCommitted,
        secondsToSearchable,
        rowsPerSecond: rows / secondsToCommitted,
        apiPeakRssMb: peakRss,
        counts: job.counts,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await rm(file, { force: true });
  }
}

async function waitForJob(client: ApiClient, id: string, timeoutMs: number): Promise<ImportJobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await client.get<ImportJobView>(`/imports/${id}?limit=1`);
    if (status !== 200) throw new Error(`GET /imports/${id} answered ${status}`);
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline)
      throw new Error(`import not finished after ${timeoutMs} ms: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Streams the rows to disk so that 100k rows never sit in memory as a workbook. */
async function writeWorkbook(path: string, rows: number, generator: GeneratorOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Trí thức');
  sheet.addRow(IMPORT_COLUMNS.map((column) => column.header)).commit();
  for (let index = 0; index < rows; index += 1) {
    const cells = cellsOf(generateProfile(generator, index));
    sheet.addRow(IMPORT_COLUMNS.map((column) => cells[column.key])).commit();
  }
  await workbook.commit();
}

/** Catalog codes and organization short names are accepted in list columns, as people may type them. */
function cellsOf(profile: GeneratedProfile): RowCells {
  const highest = highestEducation(profile);
  const [year, month, day] = profile.birthDate.split('-');
  return {
    fullName: profile.fullName,
    gender: profile.gender === 'male' ? 'Nam' : 'Nữ',
    birthDate: `${day}/${month}/${year}`,
    nationalId: profile.nationalId,
    ethnicGroup: profile.ethnicGroupCode,
    commune: profile.communeCode ?? '',
    province: profile.communeCode ? '' : (profile.provinceName ?? ''),
    country: profile.countryCode === 'VN' ? '' : profile.countryCode,
    email: profile.email,
    phone: profile.phone,
    field: profile.primaryFieldCode,
    degreeLevel: highest?.level ?? '',
    institution: highest?.institution ?? '',
    graduationYear: highest ? String(highest.year) : '',
    academicTitle: profile.academicTitle?.code ?? '',
    academicTitleYear: profile.academicTitle ? String(profile.academicTitle.year) : '',
    organization: profile.organizationShortName ?? profile.organizationName ?? '',
    position: profile.position ?? '',
    status: { active: 'Đang công tác', retired: 'Nghỉ hưu', deceased: 'Đã mất' }[profile.status],
  };
}

function highestEducation(profile: GeneratedProfile) {
  const rank = (level: DegreeLevel) => DEGREE_RANKING.indexOf(level);
  return [...profile.educations].sort((a, b) => rank(a.level) - rank(b.level))[0];
}

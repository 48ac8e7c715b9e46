import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { QueryRunner } from 'typeorm';
import { findProjectRoot } from '../src/platform/project-root';

/** Reads one of the CSV files under migrations/data (UTF-8, header row). */
export function readCatalogCsv(file: string): Array<Record<string, string>> {
  const text = readFileSync(join(findProjectRoot(__dirname), 'migrations', 'data', file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

export interface CatalogRow {
  code: string;
  parentCode?: string | null;
  level?: number;
  nameVi: string;
  nameEn?: string | null;
  attributes?: Record<string, unknown>;
}

export async function insertCatalog(
  queryRunner: QueryRunner,
  catalog: string,
  rows: CatalogRow[],
): Promise<void> {
  for (const [index, row] of rows.entries()) {
    await queryRunner.query(
      `INSERT INTO catalog_entry (catalog, code, parent_code, level, name_vi, name_en, attributes, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        catalog,
        row.code,
        row.parentCode ?? null,
        row.level ?? 1,
        row.nameVi.normalize('NFC'),
        row.nameEn ?? null,
        JSON.stringify(row.attributes ?? {}),
        index,
      ],
    );
  }
}

import type { DegreeLevel } from '../../intellectuals';
import type { AcademicTitle, Gender, IntellectualStatus } from '../../intellectuals';

/** One spreadsheet row, parsed and resolved against the catalogs. `null`: the cell was empty. */
export interface ImportRow {
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  nationalId: string | null;
  ethnicGroupCode: string | null;
  communeCode: string | null;
  provinceName: string | null;
  countryCode: string | null;
  email: string | null;
  phone: string | null;
  primaryFieldCode: string | null;
  education: { level: DegreeLevel; institution: string; year: number | null } | null;
  academicTitle: AcademicTitle | null;
  organizationId: string | null;
  organizationName: string | null;
  position: string | null;
  status: IntellectualStatus | null;
}

/** What is wrong with one cell (or the row as a whole), in English and Vietnamese. */
export interface RowProblem {
  column: string | null;
  message: string;
  messageVi: string;
}

/** A parsed row, with what the officer should know although it did not stop the row. */
export type ParsedRow =
  | { ok: true; row: ImportRow; warnings: RowProblem[] }
  | { ok: false; problems: RowProblem[]; warnings: RowProblem[] };

/** Bounds on what an uploaded spreadsheet may be; checked before any parsing. */
export interface ImportLimits {
  maxFileBytes: number;
  maxRows: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  /** Total bytes the xlsx archive may expand to (a 20 MB workbook of 100,000 rows expands to ~150 MB). */
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxZipEntries: 2_000,
};

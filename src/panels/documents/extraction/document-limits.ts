/** Bounds on an uploaded document, checked before and while its text is read. */
export interface DocumentLimits {
  maxFileBytes: number;
  /** Total bytes a DOCX archive may expand to (a zip bomb stops here). */
  maxUncompressedBytes: number;
  maxZipEntries: number;
}

export const DOCUMENT_LIMITS: DocumentLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2_000,
};

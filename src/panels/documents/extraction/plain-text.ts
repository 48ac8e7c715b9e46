/** A .txt document's text; detectDocumentKind has already checked it is UTF-8 (a BOM is dropped). */
export function plainText(content: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(content);
}

/** C0 and C1 control characters other than tab and line feed: PostgreSQL refuses NUL, the rest is noise. */
const CONTROL = /[^\P{Cc}\t\n]/gu;

/**
 * Extracted text as it is stored: NFC (PDFs and Word files carry decomposed Vietnamese marks as often
 * as composed ones), Unix line ends, no control characters, no runs of blank lines.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when the text holds at least one letter in any script; a scan without a text layer holds none. */
export function hasText(text: string): boolean {
  return /\p{L}/u.test(text);
}

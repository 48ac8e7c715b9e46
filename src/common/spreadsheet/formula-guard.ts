/** Characters that make a spreadsheet program read a CSV cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Phone numbers and numbers (+84 905 123 456, -12.5): no letters or references, so nothing to run. */
const NUMBER_LIKE = /^[+-]?[\d\s().,/-]*\d[\d\s().,/-]*$/;

/**
 * Prefixes an apostrophe to CSV text a spreadsheet would run as a formula; other text, phone numbers
 * and numbers included, is unchanged. (.xlsx needs none: its text cells are never formulas.)
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !NUMBER_LIKE.test(value) ? `'${value}` : value;
}

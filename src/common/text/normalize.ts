/** Deeper bodies are refused: no form of ours nests past a few levels, and walking 10,000 overflows the stack. */
export const MAX_INPUT_DEPTH = 16;

/**
 * Keys that name JavaScript's object machinery rather than a field; accepting them as no-ops would hide
 * a probe (prototype pollution), so they are refused like any unknown field.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why an incoming value was refused, with the dotted path of the field (educations.0.institution). */
export class RejectedInput extends Error {
  constructor(
    readonly field: string,
    readonly en: string,
    readonly vi: string,
  ) {
    super(`${field}: ${en}`);
  }
}

/**
 * Vietnamese text arrives in NFC or NFD depending on the keyboard and OS; we store NFC only. Refuses
 * what PostgreSQL cannot store or what only an attack would send: the NUL character (text columns
 * reject it), reserved keys and nesting deeper than MAX_INPUT_DEPTH.
 */
export function normalizeText<T>(value: T, field = '', depth = 0): T {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new RejectedInput(
        field || 'body',
        'must not contain the NUL character (U+0000)',
        'không được chứa ký tự NUL (U+0000)',
      );
    }
    return value.normalize('NFC') as T;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_INPUT_DEPTH) {
    throw new RejectedInput(
      field || 'body',
      `is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      `lồng nhau quá ${MAX_INPUT_DEPTH} cấp`,
    );
  }
  const path = (key: string | number) => (field ? `${field}.${key}` : String(key));
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => normalizeText(item, path(index), depth + 1)) as T;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Parsed JSON and query strings (the latter without a prototype); anything else is ours already.
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([rawKey, item]) => {
      const key = normalizeText(rawKey, path(rawKey.replaceAll('\u0000', '\\u0000')), depth + 1);
      if (RESERVED_KEYS.has(key)) {
        throw new RejectedInput(
          path(key),
          `${path(key)} is not an accepted field`,
          `${path(key)}: trường này không được phép`,
        );
      }
      return [key, normalizeText(item, path(key), depth + 1)];
    }),
  ) as T;
}

/** Folds case, diacritics and đ for comparing names (Nguyễn Văn Đức ~ nguyen van duc). */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

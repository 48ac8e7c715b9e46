/** Vietnamese text arrives in NFC or NFD depending on the keyboard and OS; we store NFC only. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeText(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normalizeText(item)]),
    ) as T;
  }
  return value;
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

/**
 * Text folded for matching as Vietnamese readers expect: without diacritics, đ as d, any case
 * ("Khanh Hoa" finds "Khánh Hòa", "dak" finds "Đắk Lắk"). The API folds the same way (unaccent).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Whether an option's label or code matches what the person typed, diacritics aside. */
export function matchesSearch(
  input: string,
  option: { label?: unknown; value?: unknown } | undefined,
): boolean {
  const query = fold(input.trim());
  if (!query || !option) return true;
  const label = typeof option.label === 'string' ? option.label : '';
  const code = typeof option.value === 'string' ? option.value : '';
  return fold(label).includes(query) || fold(code).startsWith(query);
}

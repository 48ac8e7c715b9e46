import { readFile } from 'node:fs/promises';

/** Noto Sans covers Vietnamese, including its stacked diacritics (ấ, ổ, ự…). */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loaded: Promise<ReportFonts> | undefined;

export function reportFonts(): Promise<ReportFonts> {
  loaded ??= (async () => ({
    regular: await readFile(require.resolve(FONT_FILES.regular)),
    bold: await readFile(require.resolve(FONT_FILES.bold)),
  }))();
  return loaded;
}

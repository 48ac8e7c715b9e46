import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** JavaScript a page loaded: the files, their bytes as built and as gzip (level 6, what servers send). */
export interface ScriptWeight {
  files: string[];
  rawKb: number;
  gzipKb: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Weighs the built files behind script URLs a browser fetched (…/assets/name.js). */
export async function weigh(webRoot: string, urls: Iterable<string>): Promise<ScriptWeight> {
  const files = [...new Set([...urls].map((url) => new URL(url).pathname))].filter((path) =>
    path.endsWith('.js'),
  );
  let raw = 0;
  let gzip = 0;
  for (const path of files) {
    const content = await readFile(join(webRoot, path));
    raw += content.length;
    gzip += gzipSync(content, { level: 6 }).length;
  }
  return {
    files: files.map((path) => path.replace(/^\/assets\//, '')).sort(),
    rawKb: kb(raw),
    gzipKb: kb(gzip),
  };
}

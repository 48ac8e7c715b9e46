import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, from compiled (dist/…) and source files alike. */
export function findProjectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

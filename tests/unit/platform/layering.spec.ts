import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../../../src');
const PLATFORM = join(SRC, 'platform');
/** What platform code may use besides itself: the typed configuration. */
const BELOW_PLATFORM = [join(SRC, 'config')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('platform/ layering', () => {
  it('imports nothing from feature modules, the composition root or migrations', () => {
    const outside: string[] = [];
    for (const file of sourceFiles(PLATFORM)) {
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/from '(\.[^']*)'/g)) {
        const target = resolve(dirname(file), specifier);
        const allowed = [PLATFORM, ...BELOW_PLATFORM].some((dir) => target.startsWith(`${dir}/`));
        if (!allowed) outside.push(`${relative(SRC, file)} → ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

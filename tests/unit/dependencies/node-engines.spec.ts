import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minVersion, satisfies } from 'semver';

const ROOT = join(__dirname, '../../..');

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

describe('the Node.js version the README promises', () => {
  const promised = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
  ).engines.node;
  const oldest = minVersion(promised)!.version;

  it('is enough for every installed package (npm ci prints no EBADENGINE)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockedPackage>;
    };
    const tooNew = Object.entries(lock.packages)
      .map(([path, locked]) => ({
        path,
        node: Array.isArray(locked.engines) ? undefined : locked.engines?.node,
      }))
      .filter(({ node }) => node !== undefined && !satisfies(oldest, node))
      .map(({ path, node }) => `${path} requires node ${node}`);
    expect(tooNew).toEqual([]);
  });

  // In plain Node, as the service loads it: file-type is ES modules only, which Jest's CommonJS runtime
  // cannot resolve (Nest's validator would silently fall back to "not valid").
  it('runs what uses file-type: Nest’s FileTypeValidator tells files apart by their bytes', () => {
    const script = `
      const { FileTypeValidator } = require('@nestjs/common');
      const validator = new FileTypeValidator({ fileType: 'image/png' });
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      const zip = Buffer.from('504b030414000000080000000000000000000000000000000000', 'hex');
      Promise.all([
        validator.isValid({ mimetype: 'image/png', buffer: png }),
        validator.isValid({ mimetype: 'image/png', buffer: zip }),
      ]).then((results) => process.stdout.write(JSON.stringify(results)));
    `;
    const output = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([true, false]);
  });
});

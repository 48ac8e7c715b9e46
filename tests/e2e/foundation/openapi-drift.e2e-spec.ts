import { readFileSync } from 'node:fs';
import { OPENAPI_DOCUMENT_PATH } from '../../../src/app.openapi';
import { startTestApp, TestApp } from '../../support/test-app';

jest.setTimeout(60_000);

/** JSON paths where two documents differ, for a message a developer can act on. */
function differences(a: unknown, b: unknown, path = '#'): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) =>
    differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`),
  );
}

describe('committed OpenAPI document (openapi/openapi.json)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is the document the running app serves', async () => {
    const served: unknown = (await t.http.get('/api/docs-json').expect(200)).body;
    const committed: unknown = JSON.parse(readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8'));
    const changed = differences(served, committed);
    const report = changed.length
      ? `openapi/openapi.json differs from the app at ${changed.length} places, e.g.\n  ` +
        `${changed.slice(0, 15).join('\n  ')}\nRun \`npm run openapi\` and commit openapi/.`
      : 'up to date';
    expect(report).toBe('up to date');
  });
});

import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestApp } from '../../support/test-app';

jest.setTimeout(60_000);

/** Boots the app with a logger at `level` and returns the JSON lines it wrote while starting. */
async function startUpLines(level: string): Promise<Array<{ level: number; context?: string; msg: string }>> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const t = await startTestApp({ logger: pino({ level }, sink) });
  await t.close();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; context?: string; msg: string });
}

describe('start-up logs', () => {
  it('keeps Nest’s module and route mapping lines out of the info level, so the banner stands out', async () => {
    const info = await startUpLines('info');
    expect(info.filter((line) => /Mapped \{|dependencies initialized|Controller \{/.test(line.msg))).toEqual(
      [],
    );
    expect(info.length).toBeLessThan(10);

    const debug = await startUpLines('debug');
    expect(debug.filter((line) => line.context === 'RouterExplorer').length).toBeGreaterThan(40);
    expect(debug.find((line) => line.context === 'RouterExplorer')?.level).toBe(20);
  });
});

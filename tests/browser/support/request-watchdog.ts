import { Client } from 'pg';
import { BrowserContext, Request } from 'playwright-core';

/** A page's API call still unanswered after this long is reported, with what the database is doing. */
const SLOW_MS = 10_000;

/**
 * Reports the browser's slow requests while a test runs, so a page that never shows what a test waits
 * for says why: which call hangs, and what each connection of the app's database is busy with then
 * (a lock wait names its lock); and the page's uncaught errors and crashes. Silent while all is well.
 */
export class RequestWatchdog {
  private readonly pending = new Map<Request, { since: number; context: BrowserContext }>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly databaseUrl: string) {
    this.timer = setInterval(() => void this.report(), SLOW_MS / 2);
    this.timer.unref();
  }

  watch(context: BrowserContext): void {
    context.on('request', (request) => this.pending.set(request, { since: Date.now(), context }));
    const done = (request: Request) => this.pending.delete(request);
    context.on('requestfinished', done);
    context.on('requestfailed', (request) => {
      done(request);
      // a page closing cancels its requests: only failures while it stays open say something
      const failure = request.failure()?.errorText ?? 'failed';
      if (failure !== 'net::ERR_ABORTED')
        this.say(`request failed: ${request.method()} ${request.url()}: ${failure}`);
    });
    context.on('response', (response) => {
      // the API's 4xx are often what a test provokes; a script, style or page that fails is not
      if (response.status() >= 500 || (response.status() >= 400 && !response.url().includes('/api/')))
        this.say(`${response.status()} for ${response.request().method()} ${response.url()}`);
    });
    context.on('console', (message) => {
      // failed loads are reported above, with their address
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        this.say(`console error: ${message.text()}`);
    });
    // an uncaught error or a crashed renderer also leaves a page short of what a test waits for
    context.on('weberror', (error) =>
      this.say(`page error: ${error.error().stack ?? String(error.error())}`),
    );
    context.on('page', (page) => page.on('crash', () => this.say(`page crashed at ${page.url()}`)));
    context.on('close', () => {
      for (const [request, watched] of this.pending) if (watched.context === context) done(request);
    });
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async report(): Promise<void> {
    const now = Date.now();
    const slow = [...this.pending].filter(([request, { since }]) => {
      if (now - since < SLOW_MS) return false;
      this.pending.delete(request); // once per request
      return true;
    });
    if (slow.length === 0) return;
    const lines = slow.map(
      ([request, { since }]) => `  ${request.method()} ${request.url()} unanswered for ${now - since} ms`,
    );
    this.say(`slow requests:\n${lines.join('\n')}\n${await this.databaseActivity()}`);
  }

  private say(text: string): void {
    process.stderr.write(`[${expect.getState().currentTestName ?? 'browser test'}] ${text}\n`);
  }

  private async databaseActivity(): Promise<string> {
    const client = new Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      const { rows } = await client.query<Record<string, string | null>>(
        `SELECT pid, state, wait_event_type, wait_event, now() - xact_start AS in_transaction,
                pg_blocking_pids(pid)::text AS blocked_by, left(query, 160) AS query
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      return `  database connections (${rows.length}):\n${rows.map((row) => `    ${JSON.stringify(row)}`).join('\n')}`;
    } catch (error) {
      return `  database activity unavailable: ${String(error)}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** The channel enqueueOutbox notifies; PostgreSQL delivers a NOTIFY only when its transaction commits. */
export const OUTBOX_CHANNEL = 'outbox_event';
const RECONNECT_MS = 5_000;

/**
 * A dedicated connection that LISTENs on an outbox's channel (outbox_event by default, or another
 * outbox table's, such as mail_outbox) and calls `onNotify` for each commit that enqueued work, so a
 * consumer starts within milliseconds instead of at its next idle poll. Best effort: while it is
 * disconnected the consumer's poll still finds every row.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly onNotify: () => void,
    private readonly channel = OUTBOX_CHANNEL,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: `trithuc-listen-${this.channel}`,
    });
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => {
      this.logger.warn(
        `Listener on ${this.channel} lost its connection, polling only until it reconnects: ${error.message}`,
      );
      this.reconnectLater(client);
    });
    client.on('end', () => this.reconnectLater(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
      // Rows committed while we were not listening are found by the caller's next batch.
      this.onNotify();
    } catch (error) {
      this.logger.warn(`Listener on ${this.channel} not connected, polling only: ${String(error)}`);
      this.reconnectLater(client);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private reconnectLater(client: Client): void {
    if (this.stopped || this.retry) return;
    if (this.client === client) this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.start();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}

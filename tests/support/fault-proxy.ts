import { createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a real server, to inject faults with real components: `down()`
 * drops every connection and refuses new ones (the server was killed), `freeze()` keeps connections
 * open but passes no byte either way (the server hangs), `restore()` heals. For PostgreSQL it can also
 * lose the answer to a COMMIT (`loseCommitAnswerAfter`) or go down right after one (`downAfterCommitOf`),
 * on the connection whose transaction sent a given statement.
 */
export class FaultProxy {
  private server?: Server;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private mode: 'pass' | 'down' | 'frozen' = 'pass';
  private held: Array<() => void> = [];
  private commitFault?: { statement: string; kind: 'lose-answer' | 'down-after' };

  constructor(
    private readonly target: { host: string; port: number },
    private port = 0,
  ) {}

  /** Starts listening and returns the proxy's port. */
  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => done());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    return this.port;
  }

  /** The server is gone: connections reset, new ones refused. */
  async down(): Promise<void> {
    this.mode = 'down';
    this.dropAll();
    await this.closeListener();
  }

  /** The server hangs: nothing passes until restore(). */
  freeze(): void {
    this.mode = 'frozen';
  }

  async restore(): Promise<void> {
    this.mode = 'pass';
    this.commitFault = undefined;
    if (!this.server) await this.start();
    for (const release of this.held.splice(0)) release();
  }

  /** The next COMMIT of a transaction that sent `statement` reaches the server, its answer never the client. */
  loseCommitAnswerAfter(statement: string): void {
    this.commitFault = { statement, kind: 'lose-answer' };
  }

  /** The server goes down right after answering the COMMIT of a transaction that sent `statement`. */
  downAfterCommitOf(statement: string): void {
    this.commitFault = { statement, kind: 'down-after' };
  }

  async stop(): Promise<void> {
    this.dropAll();
    await this.closeListener();
  }

  private accept(client: Socket): void {
    if (this.mode === 'down') {
      client.destroy();
      return;
    }
    const upstream = new Socket();
    const pair = { client, upstream };
    this.pairs.add(pair);
    let armed = false;
    let committing = false;
    const forget = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
    upstream.connect(this.target.port, this.target.host);
    client.on('data', (chunk: Buffer) =>
      this.pass(() => {
        const text = chunk.toString('latin1');
        const fault = this.commitFault;
        if (fault && text.includes(fault.statement)) armed = true;
        if (fault && armed && /Q\0\0\0.COMMIT\0/s.test(text)) {
          committing = true;
          if (fault.kind === 'lose-answer') {
            this.commitFault = undefined;
            upstream.write(chunk);
            // the server commits; the client only sees its connection drop
            client.destroy();
            return;
          }
        }
        upstream.write(chunk);
      }),
    );
    upstream.on('data', (chunk: Buffer) =>
      this.pass(() => {
        if (
          committing &&
          this.commitFault?.kind === 'down-after' &&
          chunk.includes('COMMIT\0', 0, 'latin1')
        ) {
          this.commitFault = undefined;
          // the answer is handed over, then the server dies
          client.write(chunk, () => void this.down());
          return;
        }
        client.write(chunk);
      }),
    );
  }

  /** Runs a transfer now, holds it while frozen, drops it while down. */
  private pass(transfer: () => void): void {
    if (this.mode === 'pass') transfer();
    else if (this.mode === 'frozen') this.held.push(transfer);
  }

  private dropAll(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    this.held = [];
  }

  private async closeListener(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }
}

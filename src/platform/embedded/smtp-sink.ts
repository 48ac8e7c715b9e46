import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer, SMTPServerOptions } from 'smtp-server';

export interface RunningSmtpSink {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  /** Where each accepted message is kept as `<timestamp>-<id>.eml`. */
  dir: string;
  stop(): Promise<void>;
}

interface Log {
  debug(message: string): void;
  warn(message: string): void;
}

/** Largest message the sink accepts; real servers refuse at about this size too. */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * A local SMTP server that delivers every message to a file instead of a mailbox, so development and
 * tests send mail through the real SMTP path without reaching anyone. Plain SMTP on loopback only, no
 * authentication. Listens on `port` when given (a server that clients must find again), else on a
 * free one. `options` lets a test make it refuse mail (onRcptTo answering 550).
 */
export async function startSmtpSink(
  dir: string,
  log: Log,
  port = 0,
  options: Pick<SMTPServerOptions, 'onRcptTo'> = {},
): Promise<RunningSmtpSink> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    ...options,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // a client that keeps a pooled connection open must not hold a stop up for the default 30 s
    closeTimeout: 2_000,
    banner: 'Trí thức Khánh Hòa local mail sink',
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded)
          return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        storeMessage(dir, Buffer.concat(chunks)).then(
          (file) => {
            log.debug(`[mail sink] stored ${file}`);
            callback();
          },
          (error: unknown) => {
            log.warn(`[mail sink] could not store a message: ${String(error)}`);
            callback(Object.assign(new Error('Could not store the message'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (error) => log.warn(`[mail sink] ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('The mail sink has no TCP address');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    port: address.port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Written under a temporary name and renamed, so a reader never sees half a message. */
async function storeMessage(dir: string, message: Buffer): Promise<string> {
  const name = `${new Date().toISOString().replaceAll(':', '-')}-${randomBytes(6).toString('hex')}.eml`;
  const partial = join(dir, `.${name}.partial`);
  await writeFile(partial, message);
  await rename(partial, join(dir, name));
  return name;
}

import { Readable } from 'node:stream';
import yauzl, { Entry, ZipFile } from 'yauzl';
import { DomainError } from '../errors/domain-error';

/** The problems a format reports in its own words (a workbook, a Word document…). */
export interface ZipProblems {
  damaged(): DomainError;
  tooLarge(): DomainError;
}

/** An archive opened for inspection: its entries (at most the limit) and a reader of each. */
export interface OpenedZip {
  entries: Entry[];
  /** Inflates one entry to its end, reporting each chunk; yauzl checks it against its declared size. */
  consume(entry: Entry, onChunk: (chunk: Buffer) => void): Promise<void>;
  close(): void;
}

/**
 * Opens a ZIP archive held in memory for a format's checks before any library inflates it: more than
 * `maxEntries` entries is too large, and anything yauzl cannot read is damaged, in the format's words.
 */
export async function openZip(
  content: Buffer,
  maxEntries: number,
  problems: ZipProblems,
): Promise<OpenedZip> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, opened) =>
      error ? reject(problems.damaged()) : resolve(opened),
    );
  });
  try {
    const entries = await listEntries(zip, maxEntries, problems);
    return {
      entries,
      consume: (entry, onChunk) => consume(zip, entry, onChunk, problems),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function listEntries(zip: ZipFile, maxEntries: number, problems: ZipProblems): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > maxEntries) reject(problems.tooLarge());
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(problems.damaged()));
    zip.readEntry();
  });
}

async function consume(
  zip: ZipFile,
  entry: Entry,
  onChunk: (chunk: Buffer) => void,
  problems: ZipProblems,
): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (error, opened) => (error ? reject(problems.damaged()) : resolve(opened)));
  });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) onChunk(chunk);
  } catch (error) {
    stream.destroy();
    throw error instanceof DomainError ? error : problems.damaged();
  }
}

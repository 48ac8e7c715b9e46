import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStorage, StoredFile } from './file-storage';
import { assertStorageKey, newStorageKey } from './storage-keys';

/**
 * Files under one directory (`DATA_DIR/files` by default). Each is written to a temporary file in the
 * same file system, flushed, then renamed into place, so a reader never sees half a file and a crash
 * leaves only a temporary file behind.
 */
export class DiskFileStorage extends FileStorage {
  private readonly temporary: string;

  constructor(private readonly directory: string) {
    super();
    this.temporary = join(directory, '.tmp');
  }

  async put(content: Buffer | Readable): Promise<StoredFile> {
    await mkdir(this.temporary, { recursive: true });
    const key = newStorageKey();
    const temporaryPath = join(this.temporary, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
      // flush: the bytes reach the disk before the rename makes the file visible
      await pipeline(
        source,
        measure,
        createWriteStream(temporaryPath, { flags: 'wx', mode: 0o600, flush: true }),
      );
      const path = this.pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await rename(temporaryPath, path);
    } catch (error) {
      await rm(temporaryPath, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const file = await open(this.pathOf(key), 'r');
    return file.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.directory, key);
  }
}

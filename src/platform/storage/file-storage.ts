import { Readable } from 'node:stream';

/** What the storage kept: its own key (never derived from the uploader's file name), size and checksum. */
export interface StoredFile {
  key: string;
  size: number;
  /** Hex SHA-256 of the bytes as stored. */
  sha256: string;
}

/**
 * The one port through which the service keeps files: local disk by default, S3-compatible object
 * storage in production. An abstract class so that Nest can inject it by type.
 */
export abstract class FileStorage {
  /** Stores the bytes under a new random key; a failed write leaves nothing behind. */
  abstract put(content: Buffer | Readable): Promise<StoredFile>;

  /** The bytes stored under a key; rejects when there are none. */
  abstract get(key: string): Promise<Readable>;

  /** Removes a file; removing one that is already gone is not an error. */
  abstract delete(key: string): Promise<void>;
}

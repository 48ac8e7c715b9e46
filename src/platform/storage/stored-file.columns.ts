import { Column } from 'typeorm';

/**
 * The columns of a row that owns one file in the file storage: what the uploader called it, what
 * its bytes are and where they live. Entities of attached files extend it (each declares its own
 * unique index on `storage_key`, named after its table).
 */
export abstract class StoredFileColumns {
  /** The name the uploader gave it (NFC, without any folder), shown and offered on download. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** What the bytes are, as detected from them (never the uploader's claim). */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Hex SHA-256 of the bytes. */
  @Column({ type: 'character', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;
}

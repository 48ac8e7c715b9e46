import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3StorageConfig } from '../../config/app-config';
import { FileStorage, StoredFile } from './file-storage';
import { newStorageKey } from './storage-keys';

/**
 * Files as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph…). A PUT is atomic in S3, so no
 * temporary object is needed; uploads are small (bounded by the callers), so the bytes are read into
 * memory once to learn their size and checksum before they are sent.
 */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    super();
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // S3-compatible stores do not all accept the SDK's default CRC32 checksums
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** The bucket this adapter writes to (what start-up logs and tests show). */
  get bucket(): string {
    return this.config.bucket;
  }

  async put(content: Buffer | Readable): Promise<StoredFile> {
    const bytes = Buffer.isBuffer(content) ? content : await buffer(content);
    const key = newStorageKey();
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
      }),
    );
    return { key, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
    if (!(object.Body instanceof Readable)) throw new Error(`S3 returned no body for ${key}`);
    return object.Body;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { buildAppConfig } from '../../../src/config/app-config';
import { ConfigurationError, parseEnvironment } from '../../../src/config/environment';
import { DiskFileStorage } from '../../../src/platform/storage/disk-file-storage';
import { S3FileStorage } from '../../../src/platform/storage/s3-file-storage';
import { createFileStorage } from '../../../src/platform/storage/storage.module';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a directory, as paths relative to it. */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

describe('DiskFileStorage', () => {
  let directory: string;
  let storage: DiskFileStorage;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tkh-files-'));
    storage = new DiskFileStorage(directory);
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('keeps a buffer under a fresh key with its size and SHA-256, and gives the same bytes back', async () => {
    const content = Buffer.from('Đề án phát triển nuôi biển Khánh Hòa', 'utf8');
    const stored = await storage.put(content);
    expect(stored).toEqual({
      key: expect.stringMatching(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/),
      size: content.length,
      sha256: sha256(content),
    });
    expect(await buffer(await storage.get(stored.key))).toEqual(content);
    expect(await filesUnder(directory)).toEqual([stored.key]);
  });

  it('streams a large upload through without a temporary file left behind', async () => {
    const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(64 * 1024, i));
    const stored = await storage.put(Readable.from(chunks));
    const whole = Buffer.concat(chunks);
    expect(stored.size).toBe(whole.length);
    expect(stored.sha256).toBe(sha256(whole));
    expect(await filesUnder(directory)).toEqual([stored.key]);
  });

  it('gives two uploads of the same bytes two keys', async () => {
    const first = await storage.put(Buffer.from('x'));
    const second = await storage.put(Buffer.from('x'));
    expect(first.key).not.toBe(second.key);
    expect(first.sha256).toBe(second.sha256);
  });

  it('leaves nothing when the incoming stream fails half way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.put(failing)).rejects.toThrow('connection reset');
    expect(await filesUnder(directory)).toEqual([]);
  });

  it('deletes a file, twice without complaint, and then has nothing under its key', async () => {
    const stored = await storage.put(Buffer.from('to be removed'));
    await storage.delete(stored.key);
    await storage.delete(stored.key);
    await expect(storage.get(stored.key)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await filesUnder(directory)).toEqual([]);
  });

  it('refuses keys that are not its own, so none can reach another path', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('Not a storage key');
    await expect(storage.delete('ab/../../x')).rejects.toThrow('Not a storage key');
  });
});

describe('choosing the storage adapter', () => {
  const services = {
    databaseUrl: 'postgres://x',
    meiliUrl: 'http://m',
    meiliMasterKey: 'k',
    jwtSecret: 's',
    embedded: true,
  };
  const storageFor = (env: NodeJS.ProcessEnv) => buildAppConfig(parseEnvironment(env), services).storage;

  it('keeps files on disk under DATA_DIR/files when no bucket is set', () => {
    const config = storageFor({ DATA_DIR: '/srv/tkh' });
    expect(config).toEqual({ kind: 'disk', directory: '/srv/tkh/files' });
    expect(createFileStorage(config)).toBeInstanceOf(DiskFileStorage);
  });

  it('uses S3 with the given endpoint, region and keys when S3_BUCKET is set (path-style for an endpoint)', () => {
    const config = storageFor({
      S3_BUCKET: 'tkh-files',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_REGION: 'ap-southeast-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config).toEqual({
      kind: 's3',
      bucket: 'tkh-files',
      endpoint: 'http://minio.internal:9000',
      region: 'ap-southeast-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
    const storage = createFileStorage(config);
    expect(storage).toBeInstanceOf(S3FileStorage);
    expect((storage as S3FileStorage).bucket).toBe('tkh-files');
  });

  it('on AWS itself: default region, virtual-host addressing, credentials from the SDK chain', () => {
    expect(storageFor({ S3_BUCKET: 'tkh-files' })).toEqual({
      kind: 's3',
      bucket: 'tkh-files',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it('refuses S3 settings without a bucket, a lone key, and a malformed bucket or endpoint', () => {
    const problemsOf = (env: NodeJS.ProcessEnv) => {
      try {
        parseEnvironment(env);
      } catch (error) {
        return (error as ConfigurationError).problems.map((p) => p.split(':')[0]).sort();
      }
      throw new Error('accepted');
    };
    expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'x' })).toEqual(['S3_BUCKET']);
    expect(problemsOf({ S3_BUCKET: 'tkh-files', S3_ACCESS_KEY_ID: 'id' })).toEqual(['S3_SECRET_ACCESS_KEY']);
    expect(problemsOf({ S3_BUCKET: 'Bad_Bucket', S3_ENDPOINT: 'minio:9000' })).toEqual([
      'S3_BUCKET',
      'S3_ENDPOINT',
    ]);
  });
});

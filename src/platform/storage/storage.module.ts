import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, StorageConfig } from '../../config/app-config';
import { DiskFileStorage } from './disk-file-storage';
import { FileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The adapter the configuration asks for: S3 when a bucket is set, else the local disk. */
export function createFileStorage(config: StorageConfig): FileStorage {
  return config.kind === 's3' ? new S3FileStorage(config) : new DiskFileStorage(config.directory);
}

/** Provides the FileStorage port to the modules that keep files. */
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createFileStorage(config.storage),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}

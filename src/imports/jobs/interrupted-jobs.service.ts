import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ImportJobsService } from './import-jobs.service';

const SWEEP_EVERY_MS = 30_000;
const STALE_AFTER = '2 minutes';

/**
 * Jobs do not survive a restart (their file lived in the stopped process): at start and every 30
 * seconds, this instance touches the heartbeat of its own unfinished jobs and marks failed any other
 * unfinished job whose heartbeat stopped, telling the officer to upload the file again (which is safe:
 * rows already imported come back unchanged).
 */
@Injectable()
export class InterruptedJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    const own = [...this.jobs.active];
    if (own.length) {
      await this.dataSource.query(`UPDATE import_job SET heartbeat_at = now() WHERE id = ANY($1)`, [own]);
    }
    await this.dataSource.query(
      `UPDATE import_job
          SET status = 'failed', finished_at = now(),
              failure = jsonb_build_object(
                'message', 'Interrupted by a restart of the service; upload the file again',
                'messageVi', 'Bị gián đoạn do hệ thống khởi động lại; vui lòng tải tệp lên lại')
        WHERE status IN ('queued', 'running') AND heartbeat_at < now() - interval '${STALE_AFTER}'
          AND NOT (id = ANY($1))`,
      [own],
    );
  }
}

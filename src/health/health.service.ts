import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';

export const SERVICE_STATES = ['up', 'down'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export interface HealthReport {
  status: 'ok' | 'degraded';
  postgres: ServiceState;
  meilisearch: ServiceState;
  /** Changes waiting to reach the search index (outbox rows not parked); null when PostgreSQL is down. */
  searchBacklog: number | null;
}

export class HealthReportView implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: SERVICE_STATES }) postgres: ServiceState;
  @ApiProperty({ enum: SERVICE_STATES }) meilisearch: ServiceState;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Changes waiting to reach the search index; null when PostgreSQL is down',
  })
  searchBacklog: number | null;
}

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meilisearch: Meilisearch,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, meilisearch] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.meilisearch.health()),
    ]);
    const searchBacklog = postgres === 'up' ? await this.searchBacklog().catch(() => null) : null;
    return {
      status: postgres === 'up' && meilisearch === 'up' ? 'ok' : 'degraded',
      postgres,
      meilisearch,
      searchBacklog,
    };
  }

  private async searchBacklog(): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: string }>>(
      'SELECT count(*) AS count FROM outbox_event WHERE parked_at IS NULL',
    );
    return Number(count);
  }
}

async function probe(check: () => Promise<unknown>): Promise<ServiceState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

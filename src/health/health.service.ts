import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { MailQueue } from '../platform/mail/mail-queue';
import { MailTransport } from '../platform/mail/mail-transport';

export const SERVICE_STATES = ['up', 'down'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export interface HealthReport {
  status: 'ok' | 'degraded';
  postgres: ServiceState;
  meilisearch: ServiceState;
  smtp: ServiceState;
  /** Changes waiting to reach the search index (outbox rows not parked); null when PostgreSQL is down. */
  searchBacklog: number | null;
  /** Messages waiting to be sent (mail_outbox pending); null when PostgreSQL is down. */
  mailBacklog: number | null;
  /** Messages the SMTP server refused for good; null when PostgreSQL is down. */
  mailFailed: number | null;
}

export class HealthReportView implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: SERVICE_STATES }) postgres: ServiceState;
  @ApiProperty({ enum: SERVICE_STATES }) meilisearch: ServiceState;
  @ApiProperty({
    enum: SERVICE_STATES,
    description:
      'Whether the SMTP server answers; while it is down mail waits in the outbox and the API answers 200',
  })
  smtp: ServiceState;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Changes waiting to reach the search index; null when PostgreSQL is down',
  })
  searchBacklog: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Messages waiting to be sent (retried while SMTP is down); null when PostgreSQL is down',
  })
  mailBacklog: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Messages the SMTP server refused for good (5xx); null when PostgreSQL is down',
  })
  mailFailed: number | null;
}

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meilisearch: Meilisearch,
    private readonly mailQueue: MailQueue,
    private readonly mailTransport: MailTransport,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, meilisearch, smtp] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.meilisearch.health()),
      probe(async () => {
        if (!(await this.mailTransport.reachable())) throw new Error('SMTP unreachable');
      }),
    ]);
    const [searchBacklog, mail] =
      postgres === 'up'
        ? await Promise.all([
            this.searchBacklog().catch(() => null),
            this.mailQueue.stats().catch(() => null),
          ])
        : [null, null];
    return {
      status: postgres === 'up' && meilisearch === 'up' && smtp === 'up' ? 'ok' : 'degraded',
      postgres,
      meilisearch,
      smtp,
      searchBacklog,
      mailBacklog: mail?.backlog ?? null,
      mailFailed: mail?.failed ?? null,
    };
  }

  private async searchBacklog(): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: string }>>(
      "SELECT count(*) AS count FROM outbox_event WHERE consumer = 'search' AND parked_at IS NULL",
    );
    return Number(count);
  }
}

/** The API serves without SMTP (mail waits in the outbox), not without PostgreSQL or Meilisearch. */
export function isServing(report: HealthReport): boolean {
  return report.postgres === 'up' && report.meilisearch === 'up';
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

import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../common/access/allow.decorator';
import { RETRY_AFTER_SECONDS } from '../common/errors/problem-details.filter';
import { HealthReport, HealthReportView, HealthService, isServing } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Allow('public')
  // Not @Endpoint: its 503 is a health report, not problem details.
  @ApiOperation({
    operationId: 'getHealth',
    summary: 'Whether PostgreSQL, Meilisearch and SMTP answer, and the search and mail backlogs',
  })
  @ApiOkResponse({
    type: HealthReportView,
    description: 'PostgreSQL and Meilisearch answer (status degraded when only SMTP does not)',
  })
  @ApiServiceUnavailableResponse({ type: HealthReportView, description: 'Names the service that is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (!isServing(report)) response.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return report;
  }
}

import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../common/access/allow.decorator';
import { RETRY_AFTER_SECONDS } from '../common/errors/problem-details.filter';
import { HealthReport, HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Allow('public')
  @ApiOkResponse({ description: 'Both PostgreSQL and Meilisearch answer' })
  @ApiServiceUnavailableResponse({ description: 'Names the service that is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status !== 'ok') response.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return report;
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { Endpoint } from '../../common/openapi/api-docs';
import { ForecastsQuery, ForecastsView } from './forecasts.query';
import { ForecastsService } from './forecasts.service';

@ApiTags('stats')
@Controller('stats')
export class ForecastsController {
  constructor(private readonly forecasts: ForecastsService) {}

  @Get('forecasts')
  @Allow(Permission.StatsReadSensitive)
  @Endpoint({
    id: 'getStatForecasts',
    summary: 'Retirements by field and year from the retirement-age roadmap, and the pipeline behind them',
    description: 'Reads dates of birth: officers and admins, with a purpose the audit records.',
    problems: [400],
  })
  @ApiOkResponse({ type: ForecastsView })
  get(@Query() query: ForecastsQuery, @CurrentPrincipal() actor: Principal) {
    return this.forecasts.forecasts(query, actor);
  }
}

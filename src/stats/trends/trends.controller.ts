import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { Permission } from '../../common/access/permissions';
import { Endpoint } from '../../common/openapi/api-docs';
import { TrendsQuery, TrendsView, TrendTargetView } from './trends.query';
import { TrendsService } from './trends.service';

@ApiTags('stats')
@Controller('stats')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get('trends')
  @Allow(Permission.StatsRead)
  @Endpoint({
    id: 'getStatTrends',
    summary: 'Works and titles per year against the plans’ targets (each work counted once)',
    problems: [400],
  })
  @ApiOkResponse({ type: TrendsView })
  @ApiExtraModels(TrendTargetView)
  get(@Query() query: TrendsQuery) {
    return this.trends.trends(query);
  }
}

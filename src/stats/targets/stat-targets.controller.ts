import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiNoContent, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { StatTargetDto, StatTargetView } from './stat-target.dto';
import { StatTargetsService } from './stat-targets.service';

const IF_MATCH = ApiIfMatch('The ETag of the target as you read it (its version)');

@ApiTags('stats')
@Controller('stats/targets')
@UseInterceptors(EtagInterceptor)
export class StatTargetsController {
  constructor(private readonly targets: StatTargetsService) {}

  @Get()
  @Allow(Permission.StatsRead)
  @Endpoint({ id: 'listStatTargets', summary: 'The plans’ yearly targets, latest period first' })
  @ApiOkResponse({ type: [StatTargetView] })
  list() {
    return this.targets.list();
  }

  @Post()
  @Allow(Permission.StatsTargetsEdit)
  @Endpoint({ id: 'createStatTarget', summary: 'Add a plan’s yearly target', problems: [...JSON_BODY] })
  @ApiTagged(StatTargetView, 201, 'The new target')
  create(@Body() input: StatTargetDto, @CurrentPrincipal() actor: Principal) {
    return this.targets.create(input, actor);
  }

  @Put(':id')
  @Allow(Permission.StatsTargetsEdit)
  @Endpoint({ id: 'replaceStatTarget', summary: 'Change a target', problems: [...JSON_BODY, 404] })
  @IF_MATCH
  @ApiTagged(StatTargetView)
  replace(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: StatTargetDto,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.targets.replace(id, version, input, actor);
  }

  @Delete(':id')
  @Allow(Permission.StatsTargetsEdit)
  @HttpCode(204)
  @Endpoint({ id: 'deleteStatTarget', summary: 'Remove a target', problems: [400, 404] })
  @IF_MATCH
  @ApiNoContent('Removed')
  remove(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.targets.remove(id, version, actor);
  }
}

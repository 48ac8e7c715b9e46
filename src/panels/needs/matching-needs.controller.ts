import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { ApiNoContent, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { PageQuery } from '../../common/pagination/page';
import { MatchingNeedsService } from './matching-needs.service';
import { ExpressInterestDto } from './needs.dto';
import { MatchingNeedPage, MatchingNeedView } from './needs.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

/** The needs board of the linked intellectual: open task orders their fields reach. */
@ApiTags('me')
@Controller('me/matching-needs')
@Allow(Permission.OwnProfileEdit)
export class MatchingNeedsController {
  constructor(private readonly needs: MatchingNeedsService) {}

  @Get()
  @Endpoint({
    id: 'listMyMatchingNeeds',
    summary: 'Open task orders whose S&T fields your fields reach (any level), nearest deadline first',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: MatchingNeedPage })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.needs.board(principal, query);
  }

  @Post(':id/interest')
  @HttpCode(200)
  @Endpoint({
    id: 'expressNeedInterest',
    summary: 'Say you are interested in a task order, with an optional note (idempotent)',
    description:
      '409 NOT_A_TASK_ORDER, NEED_NOT_OPEN (only accepted or panel-forming orders take interest) or NOT_PROPOSABLE; 404 for an order off your board',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: MatchingNeedView })
  express(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: ExpressInterestDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.needs.express(principal, id, input);
  }

  @Delete(':id/interest')
  @HttpCode(204)
  @Endpoint({
    id: 'withdrawNeedInterest',
    summary: 'Withdraw your interest in a task order (nothing to withdraw is no error)',
    problems: [400, 404, 409],
  })
  @ApiNoContent('Withdrawn')
  withdraw(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.needs.withdraw(principal, id);
  }
}

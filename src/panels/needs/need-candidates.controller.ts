import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { ApiNoContent, Endpoint } from '../../common/openapi/api-docs';
import { PageQuery } from '../../common/pagination/page';
import { NeedCandidatesService } from './need-candidates.service';
import { NeedCandidatePage, NeedInterestSummaryView } from './needs.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

/** A task order's needs board as staff work it, and the counts its agency reads. */
@ApiTags('panels')
@Controller('review-requests/:id')
export class NeedCandidatesController {
  constructor(private readonly board: NeedCandidatesService) {}

  @Get('interest')
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'listReviewRequestInterest',
    summary:
      'Experts interested in or shortlisted for a task order, with the matcher’s rank, score, reasons and conflicts',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: NeedCandidatePage })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.board.list(id, query, principal);
  }

  @Get('interest/summary')
  @Allow(Permission.RequestsRead)
  @Endpoint({
    id: 'getReviewRequestInterestSummary',
    summary:
      'How many experts are interested in and shortlisted for a task order (no names: the agency reads it)',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: NeedInterestSummaryView })
  summary(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.board.summary(id, principal);
  }

  @Put('shortlist/:intellectualId')
  @HttpCode(204)
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'shortlistReviewRequestExpert',
    summary: 'Shortlist an interested or matched expert for an open task order (idempotent)',
    problems: [400, 404, 409, 422],
  })
  @ApiNoContent('Shortlisted')
  shortlist(
    @Param('id', UuidParamPipe) id: string,
    @Param('intellectualId', UuidParamPipe) intellectualId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.board.shortlist(id, intellectualId, principal);
  }

  @Delete('shortlist/:intellectualId')
  @HttpCode(204)
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'unshortlistReviewRequestExpert',
    summary: 'Take an expert off a task order’s shortlist (idempotent)',
    problems: [400, 404, 409],
  })
  @ApiNoContent('Taken off')
  unshortlist(
    @Param('id', UuidParamPipe) id: string,
    @Param('intellectualId', UuidParamPipe) intellectualId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.board.unshortlist(id, intellectualId, principal);
  }
}

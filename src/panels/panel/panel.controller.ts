import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { PageQuery } from '../../common/pagination/page';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { PanelHistoryService } from './panel-history.service';
import { PanelSuggestService } from './panel-suggest.service';
import { CandidatesQuery, ReplacePanelMembersDto, SuggestPanelDto } from './panel.dto';
import { PanelService } from './panel.service';
import {
  PanelCandidatePage,
  PanelDraftView,
  PanelHistoryPage,
  PanelSuggestionView,
  PanelView,
} from './panel.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

@ApiTags('panels')
@Controller('review-requests/:id')
@UseInterceptors(EtagInterceptor)
export class PanelController {
  constructor(
    private readonly panels: PanelService,
    private readonly suggestions: PanelSuggestService,
  ) {}

  @Get('candidates')
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'listReviewRequestCandidates',
    summary:
      'Experts matched to the request, best first, with reasons, conflict-of-interest flags and panel load',
    problems: [400, 404, 409],
  })
  @ApiOkResponse({ type: PanelCandidatePage })
  candidates(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: CandidatesQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.panels.candidatePage(id, query, principal);
  }

  @Get('panel')
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'getReviewRequestPanel',
    summary:
      'The panel: members with roles, status, conflicts and overrides; the rules’ verdict; the balance',
    problems: [400, 404],
  })
  @ApiTagged(PanelView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.panels.get(id, principal);
  }

  @Post('panel/suggest')
  @HttpCode(200)
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'suggestReviewRequestPanel',
    summary: 'Propose a panel of the most relevant candidates under the rules (not saved)',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: PanelSuggestionView })
  suggest(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: SuggestPanelDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.suggestions.suggest(id, input, principal);
  }

  @Post('panel/check')
  @HttpCode(200)
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'checkReviewRequestPanel',
    summary: 'The rules’ verdict and the balance of a member list as the builder holds it (not saved)',
    problems: [...JSON_BODY, 404],
  })
  @ApiOkResponse({ type: PanelDraftView })
  check(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: ReplacePanelMembersDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.panels.check(id, input, principal);
  }

  @Put('panel/members')
  @Allow(Permission.PanelsManage)
  @Endpoint({
    id: 'replaceReviewRequestPanelMembers',
    summary:
      'Save the member list (the rules re-checked; a blocking conflict needs an override reason); the first members move the request to panel_forming',
    problems: [...JSON_BODY, 404, 409, 422],
  })
  @ApiIfMatch('The ETag of the panel as you read it ("0" before the first save)')
  @ApiTagged(PanelView)
  replaceMembers(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: ReplacePanelMembersDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.panels.replaceMembers(id, version, input, principal);
  }
}

@ApiTags('panels')
@Controller('intellectuals/:id/panels')
export class PanelHistoryController {
  constructor(private readonly history: PanelHistoryService) {}

  @Get()
  @Allow(Permission.PanelHistoryRead)
  @Endpoint({
    id: 'listIntellectualPanels',
    summary: 'An expert’s panels, newest first, and their current load (staff, and the person)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: PanelHistoryPage })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.history.history(id, query, principal);
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { CampaignQuery, CampaignTransitionDto, CreateCampaignDto, UpdateCampaignDto } from './campaign.dto';
import { CampaignPage, CampaignView, EligibilityView, OpenCampaignPage } from './campaign.views';
import { CampaignsService } from './campaigns.service';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { PageQuery } from '../../common/pagination/page';

const IF_MATCH = ApiIfMatch('The ETag of the campaign as you read it');

@ApiTags('honor-campaigns')
@Controller('honor-campaigns')
@UseInterceptors(EtagInterceptor)
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'createHonorCampaign',
    summary: 'Set up an honor campaign (a draft): dates, categories, prize levels, rounds and criteria',
    problems: [...JSON_BODY],
  })
  @ApiTagged(CampaignView, 201, 'The new draft')
  create(@Body() input: CreateCampaignDto, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.create(input, principal);
  }

  @Get()
  @Allow(Permission.HonorsManage)
  @Endpoint({ id: 'listHonorCampaigns', summary: 'Honor campaigns, latest year first', problems: [400] })
  @ApiOkResponse({ type: CampaignPage })
  list(@Query() query: CampaignQuery, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.list(query, principal);
  }

  // before ':id', which would take "open" for an id
  @Get('open')
  @Allow(Permission.NominationsRead)
  @Endpoint({
    id: 'listOpenHonorCampaigns',
    summary:
      'Campaigns open for nominations, closing soonest first, for nominators: dates, categories, criteria, whether self-nomination is taken',
    problems: [400],
  })
  @ApiOkResponse({ type: OpenCampaignPage })
  listOpen(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.listOpen(query, principal);
  }

  @Get(':id')
  @Allow(Permission.HonorsManage)
  @Endpoint({ id: 'getHonorCampaign', summary: 'One honor campaign', problems: [400, 404] })
  @ApiTagged(CampaignView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.get(id, principal);
  }

  @Patch(':id')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'updateHonorCampaign',
    summary: 'Change a draft or open campaign’s setup; absent fields stay, lists given replace',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(CampaignView)
  update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: UpdateCampaignDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.campaigns.update(id, version, input, principal);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'transitionHonorCampaign',
    summary: 'Move a campaign to its next state (draft → open → in_review → decided → published → archived)',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(CampaignView)
  transition(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: CampaignTransitionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.campaigns.transition(id, version, input.to, principal);
  }

  @Get(':id/eligibility/:intellectualId')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'getHonorCampaignEligibility',
    summary: 'A person’s eligibility: each criterion’s outcome and the registry facts it used',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: EligibilityView })
  eligibility(
    @Param('id', UuidParamPipe) id: string,
    @Param('intellectualId', UuidParamPipe) intellectualId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.campaigns.eligibilityOf(id, intellectualId, principal);
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { Idempotent } from '../common/idempotency/idempotency.interceptor';
import { PageQuery } from '../common/pagination/page';
import { CreateIntellectualDto, UpdateIntellectualDto } from './dto/profile.dto';
import { IntellectualQuery, InvitationDto, VerifyDto } from './dto/requests.dto';
import { EtagInterceptor, IfMatch } from '../common/http/etag';
import { ApiIfMatch, ApiNoContent, ApiTagged, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { FACT_GROUPS_VIEW, FactGroupsView } from './fact-groups.view';
import { FieldChangeView, HistoryEventPage } from './history-view';
import { IntellectualsService } from './intellectuals.service';
import { InvitationsService, InvitationView } from './invitations.service';
import { IntellectualSummaryPage, IntellectualView } from './profile-view.doc';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

const IF_MATCH = ApiIfMatch();

@ApiTags('intellectuals')
@Controller('intellectuals')
@UseInterceptors(EtagInterceptor)
export class IntellectualsController {
  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Allow(Permission.ProfilesList)
  @Endpoint({
    id: 'listIntellectuals',
    summary: 'The staff list over PostgreSQL: filtered, sorted and paged summaries',
    problems: [400],
  })
  @ApiOkResponse({ type: IntellectualSummaryPage })
  list(@Query() query: IntellectualQuery, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.list(query, principal);
  }

  @Post()
  @Allow(Permission.ProfilesEdit)
  @Idempotent()
  @Endpoint({
    id: 'createIntellectual',
    summary: 'Create a profile with its parts',
    problems: [...JSON_BODY, 409, 422],
  })
  @ApiTagged(IntellectualView, 201, 'The new profile')
  create(@Body() input: CreateIntellectualDto, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.create(input, principal);
  }

  // before :id, which would take 'fact-groups' for an id
  @Get('fact-groups')
  @Allow('authenticated')
  @Endpoint({
    id: 'listFactGroups',
    summary: 'The fact groups of a profile and the facts each keeps provenance for (how forms group facts)',
  })
  @ApiOkResponse({ type: FactGroupsView })
  factGroups() {
    return FACT_GROUPS_VIEW;
  }

  @Get(':id')
  @Allow(Permission.ProfilesRead)
  @Endpoint({
    id: 'getIntellectual',
    summary: 'One profile, with the attributes the caller may see (restricted reads are audited)',
    problems: [400, 404],
  })
  @ApiTagged(IntellectualView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.intellectuals.get(id, principal);
  }

  @Patch(':id')
  @Allow(Permission.ProfilesEdit)
  @Endpoint({
    id: 'updateIntellectual',
    summary: 'Change top-level facts; absent fields stay, null clears',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(IntellectualView)
  update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: UpdateIntellectualDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.update(id, version, input, principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(Permission.ProfilesEdit)
  @Endpoint({
    id: 'deleteIntellectual',
    summary: 'Soft-delete a profile (restorable); it leaves search at once',
    problems: [400, 404],
  })
  @IF_MATCH
  @ApiNoContent('Deleted', true)
  remove(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.remove(id, version, principal);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Allow(Permission.ProfilesEdit)
  @Endpoint({ id: 'restoreIntellectual', summary: 'Restore a soft-deleted profile', problems: [400, 404] })
  @IF_MATCH
  @ApiTagged(IntellectualView)
  restore(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.restore(id, version, principal);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Allow(Permission.ProfilesEdit)
  @Endpoint({
    id: 'verifyIntellectual',
    summary: 'Mark fact groups and part items as verified by the officer',
    problems: [...JSON_BODY, 404],
  })
  @IF_MATCH
  @ApiTagged(IntellectualView)
  verify(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: VerifyDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.verify(id, version, input, principal);
  }

  @Get(':id/history')
  @Allow(Permission.ProfilesRead)
  @Endpoint({
    id: 'getIntellectualHistory',
    summary: 'The audit trail of a profile, newest first; values the caller may not see are hidden',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: HistoryEventPage })
  @ApiExtraModels(FieldChangeView)
  history(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.intellectuals.history(id, query, principal);
  }

  @Post(':id/invitations')
  @Allow(Permission.ProfileInvitationsIssue)
  @Endpoint({
    id: 'inviteIntellectual',
    summary: 'Issue a one-time code with which the person creates their own account',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiCreatedResponse({ type: InvitationView })
  invite(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: InvitationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.invitations.issue(id, input, principal);
  }
}

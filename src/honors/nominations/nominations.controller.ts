import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { PageQuery } from '../../common/pagination/page';
import { intParam } from '../../common/validation/int-param.pipe';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { NominationCriteriaService } from './nomination-criteria.service';
import {
  AnswerNominationLinkDto,
  CreateNominationDto,
  DeclineNominationDto,
  NominationLinkTokenDto,
  NominationQuery,
  OverrideCriterionDto,
  SignDeclarationDto,
  UpdateNominationDto,
} from './nomination.dto';
import { NominationCheckView, NominationLinkView, NominationPage, NominationView } from './nomination.views';
import { LinkableWorksView } from './nomination-works';
import { NominationsService } from './nominations.service';
import { NomineeAnswers } from './nominee-answers.service';

const IF_MATCH = ApiIfMatch('The ETag of the nomination as you read it');

const CRITERION_INDEX = intParam(
  'index',
  'index must be the criterion’s position in the campaign (0, 1, …)',
  'index phải là số thứ tự của tiêu chí trong đợt xét chọn (0, 1, …)',
);

@ApiTags('nominations')
@Controller('nominations')
@UseInterceptors(EtagInterceptor)
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly criteria: NominationCriteriaService,
  ) {}

  @Post()
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'createNomination',
    summary:
      'Draft a nomination for an open campaign: by your organization, by the association (staff), or yourself where the campaign allows',
    problems: [...JSON_BODY, 409, 422],
  })
  @ApiTagged(NominationView, 201, 'The new draft')
  create(@Body() input: CreateNominationDto, @CurrentPrincipal() principal: Principal) {
    return this.nominations.create(input, principal);
  }

  @Get()
  @Allow(Permission.NominationsRead)
  @Endpoint({
    id: 'listNominations',
    summary:
      'Nominations you may see (staff: all), newest first, with each one’s eligibility and failing criteria',
    problems: [400],
  })
  @ApiOkResponse({ type: NominationPage })
  list(@Query() query: NominationQuery, @CurrentPrincipal() principal: Principal) {
    return this.nominations.list(query, principal);
  }

  @Get(':id')
  @Allow(Permission.NominationsRead)
  @Endpoint({
    id: 'getNomination',
    summary: 'One nomination, its eligibility evaluated again while the campaign is open',
    problems: [400, 404],
  })
  @ApiTagged(NominationView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.nominations.get(id, principal);
  }

  @Get(':id/eligibility')
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'checkNominationEligibility',
    summary:
      'The live eligibility check for the nominator: each criterion’s outcome for the nominee now, the facts used and the declarations signed (nothing stored)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: NominationCheckView })
  eligibility(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.nominations.eligibilityOf(id, principal);
  }

  @Get(':id/linkable-works')
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'listNominationLinkableWorks',
    summary:
      'The nominee’s publications, IP and research projects the nominator may link to the nomination: all for staff and the person, only a public profile’s for an organization',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: LinkableWorksView })
  linkableWorks(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.nominations.linkableWorksOf(id, principal);
  }

  @Patch(':id')
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'updateNomination',
    summary: 'Change a draft nomination; absent fields stay, lists given replace',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(NominationView)
  update(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: UpdateNominationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.nominations.update(id, version, input, principal);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'submitNomination',
    summary:
      'Submit a draft within the campaign’s nomination dates: eligibility is evaluated and the nominee asked to accept',
    problems: [400, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(NominationView)
  submit(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.nominations.submit(id, version, principal);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow(Permission.NominationsSubmit)
  @Endpoint({
    id: 'withdrawNomination',
    summary: 'Withdraw a nomination you made',
    problems: [400, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(NominationView)
  withdraw(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.nominations.withdraw(id, version, principal);
  }

  @Post(':id/declarations')
  @HttpCode(200)
  @Allow(Permission.NominationsRead)
  @Endpoint({
    id: 'signNominationDeclaration',
    summary:
      'Sign one of the campaign’s declarations (as the nominator or the nominee); only who signed, the text and when are kept',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(NominationView)
  sign(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: SignDeclarationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.criteria.sign(id, version, input, principal);
  }

  @Post(':id/criteria/:index/override')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'overrideNominationCriterion',
    summary: 'Replace one automatic criterion’s outcome with a reason (staff; audited)',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(NominationView)
  override(
    @Param('id', UuidParamPipe) id: string,
    @Param('index', CRITERION_INDEX) index: number,
    @IfMatch() version: number,
    @Body() input: OverrideCriterionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.criteria.override(id, index, version, input, principal);
  }
}

/** The nominations of oneself: the nominee is asked and answers here. */
@ApiTags('me')
@Controller('me/nominations')
@UseInterceptors(EtagInterceptor)
export class MyNominationsController {
  constructor(private readonly answers: NomineeAnswers) {}

  @Get()
  @Allow(Permission.OwnNominations)
  @Endpoint({ id: 'listMyNominations', summary: 'Nominations of me, newest first', problems: [400] })
  @ApiOkResponse({ type: NominationPage })
  list(@Query() query: PageQuery, @CurrentPrincipal() principal: Principal) {
    return this.answers.mine(query, principal);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow(Permission.OwnNominations)
  @Endpoint({
    id: 'acceptMyNomination',
    summary: 'Accept a nomination of me, so that it counts',
    problems: [400, 404, 409],
  })
  @ApiTagged(NominationView)
  accept(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.answers.accept(id, principal);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Allow(Permission.OwnNominations)
  @Endpoint({
    id: 'declineMyNomination',
    summary: 'Decline a nomination of me, with an optional reason; I am not nominated again in that campaign',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiTagged(NominationView)
  decline(
    @Param('id', UuidParamPipe) id: string,
    @Body() input: DeclineNominationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.answers.decline(id, input, principal);
  }
}

/** The answer links in the nominee's mail: no account needed, the token is the right to answer once. */
@ApiTags('nominations')
@Controller('nomination-answer')
export class NominationAnswerController {
  constructor(private readonly answers: NomineeAnswers) {}

  @Post('peek')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'peekNominationAnswer',
    summary: 'What an answer link is for (the campaign, the nominator, the work), without using it',
    problems: [...JSON_BODY, 404, 410],
  })
  @ApiOkResponse({ type: NominationLinkView })
  peek(@Body() input: NominationLinkTokenDto) {
    return this.answers.peekLink(input.token);
  }

  @Post('answer')
  @HttpCode(200)
  @Allow('public')
  @Endpoint({
    id: 'answerNominationByLink',
    summary: 'Accept or decline the nomination with the link’s token, while the campaign takes nominations',
    problems: [...JSON_BODY, 404, 409, 410],
  })
  @ApiOkResponse({ type: NominationLinkView })
  answer(@Body() input: AnswerNominationLinkDto) {
    return this.answers.answerByLink(input.token, input.answer, input.reason);
  }
}

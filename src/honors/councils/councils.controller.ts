import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { ROUND_PARAM } from '../campaigns';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { LiftRecusalDto, ReplaceCouncilDto } from './council.dto';
import { CouncilRoundList, CouncilView, RoundNomineeList } from './council.views';
import { CouncilsService } from './councils.service';

const IF_MATCH = ApiIfMatch('The ETag of the round’s council as you read it ("0" before its first members)');

@ApiTags('honor-councils')
@Controller('honor-campaigns/:id/rounds/:round')
@UseInterceptors(EtagInterceptor)
export class CouncilsController {
  constructor(private readonly councils: CouncilsService) {}

  @Get('council')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'getHonorCouncil',
    summary:
      'A round’s council: members with their roles, the panels’ rule violations, the round’s nominees and who is recused from whom (as it would be recorded, until scoring opens)',
    problems: [400, 404],
  })
  @ApiTagged(CouncilView)
  get(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.get(id, round, principal);
  }

  @Put('council')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'replaceHonorCouncil',
    summary:
      'Seat the round’s council (the whole member list, with panel roles), checked with the panels’ composition rules; until scoring opens',
    problems: [...JSON_BODY, 404, 409, 422],
  })
  @IF_MATCH
  @ApiTagged(CouncilView)
  replace(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @IfMatch() version: number,
    @Body() input: ReplaceCouncilDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.replace(id, round, version, input, principal);
  }

  @Post('council/open-scoring')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'openHonorCouncilScoring',
    summary:
      'Open scoring for the campaign’s current round: the members are fixed and each recusal the conflict rules find is recorded',
    problems: [400, 404, 409, 422],
  })
  @IF_MATCH
  @ApiTagged(CouncilView)
  openScoring(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.openScoring(id, round, version, principal);
  }

  @Post('recusals/:recusalId/lift')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'liftHonorRecusal',
    summary: 'Let a recused member score that nominee, with the reason (kept and audited)',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiTagged(CouncilView)
  lift(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @Param('recusalId', UuidParamPipe) recusalId: string,
    @Body() input: LiftRecusalDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.liftRecusal(id, round, recusalId, input, principal);
  }

  @Get('nominees')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'listHonorRoundNominees',
    summary:
      'The round’s nominees for its council: staff see all; a member only those they are not recused from',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: RoundNomineeList })
  nominees(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.nominees(id, round, principal);
  }
}

@ApiTags('honor-councils')
@Controller('me/council-rounds')
export class MyCouncilRoundsController {
  constructor(private readonly councils: CouncilsService) {}

  @Get()
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'listMyCouncilRounds',
    summary:
      'The review rounds I sit on: campaign, round, deadline, my role, whether scoring is open, and my nominee counts',
    problems: [],
  })
  @ApiOkResponse({ type: CouncilRoundList })
  mine(@CurrentPrincipal() principal: Principal) {
    return this.councils.myRounds(principal);
  }
}

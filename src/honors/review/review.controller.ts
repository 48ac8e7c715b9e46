import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { ROUND_PARAM } from '../campaigns';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { RoundResultsService } from './round-results.service';
import { SaveSheetDto } from './review.dto';
import { MySheetsView, RoundProgressView, RoundResultView, ScoreSheetView } from './review.views';
import { SheetsService } from './sheets.service';

const SHEET_IF_MATCH = ApiIfMatch('The ETag of your sheet as you read it ("0" before it is first saved)');

/**
 * A review round's scoring (issue 13, "Review"): council members' own sheets, and the secretary's and
 * chair's progress, result and confirmation (staff read both). Who sits where is src/honors/councils'.
 */
@ApiTags('honor-review')
@ApiParam({ name: 'round', type: 'integer', description: 'The review round, 1 for the first' })
@Controller('honor-campaigns/:id/rounds/:round')
@UseInterceptors(EtagInterceptor)
export class ReviewController {
  constructor(
    private readonly sheets: SheetsService,
    private readonly results: RoundResultsService,
  ) {}

  @Get('my-sheets')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'listMyScoreSheets',
    summary: 'The round’s nominees I score (not those I am recused from), with my sheet’s state for each',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: MySheetsView })
  mine(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.sheets.mine(id, round, { principal });
  }

  @Get('sheets/:nominationId')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'getMyScoreSheet',
    summary: 'My scoring sheet for one nominee of the round (an empty draft, ETag "0", until saved)',
    problems: [400, 404],
  })
  @ApiTagged(ScoreSheetView)
  get(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @Param('nominationId', UuidParamPipe) nominationId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.sheets.get(id, round, nominationId, { principal });
  }

  @Put('sheets/:nominationId')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'saveMyScoreSheet',
    summary: 'Save my sheet as a draft (scores within the scale, by criterion code; a comment)',
    problems: [...JSON_BODY, 404, 409],
  })
  @SHEET_IF_MATCH
  @ApiTagged(ScoreSheetView)
  save(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @Param('nominationId', UuidParamPipe) nominationId: string,
    @IfMatch() version: number,
    @Body() input: SaveSheetDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.sheets.save(id, round, nominationId, version, input, { principal });
  }

  @Post('sheets/:nominationId/submit')
  @HttpCode(200)
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'submitMyScoreSheet',
    summary: 'Submit my saved sheet with every criterion scored; it is locked from then on',
    problems: [400, 404, 409],
  })
  @SHEET_IF_MATCH
  @ApiTagged(ScoreSheetView)
  submit(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @Param('nominationId', UuidParamPipe) nominationId: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.sheets.submit(id, round, nominationId, version, { principal });
  }

  @Get('progress')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'getRoundProgress',
    summary:
      'Submitted and expected sheets per member and per nominee, with recusals (the council’s secretary and chair; staff)',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: RoundProgressView })
  progress(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.results.progress(id, round, principal);
  }

  @Get('result')
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'getRoundResult',
    summary:
      'The round’s result from the stored sheets (the stored one once confirmed), rounded for display, with its confirmations (secretary, chair; staff)',
    problems: [400, 404, 409],
  })
  @ApiTagged(RoundResultView, 200, 'The result; the ETag is the council’s version, sent to confirm')
  result(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.results.result(id, round, principal);
  }

  @Post('confirmations')
  @HttpCode(200)
  @Allow(Permission.HonorCouncilWork)
  @Endpoint({
    id: 'confirmRoundResult',
    summary:
      'Confirm the round’s result as its secretary or its chair (each with their own account; staff cannot); with both, the passing nominations reach the next round, or get their prize levels in the final round',
    problems: [400, 404, 409],
  })
  @ApiIfMatch('The ETag of the round’s result as you read it')
  @ApiTagged(RoundResultView)
  confirm(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.results.confirm(id, round, version, principal);
  }
}

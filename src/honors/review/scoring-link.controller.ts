import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { LinkedCouncilSeat, SCORING_TOKEN_HEADER, ScoringLinks } from '../councils';
import { SaveSheetDto } from './review.dto';
import { LinkedSheetsView, ScoreSheetView } from './review.views';
import type { ScoreAuthor } from './score-author';
import { SheetsService } from './sheets.service';

const TOKEN_HEADER = () =>
  ApiHeader({
    name: 'X-Scoring-Token',
    required: true,
    description:
      'The token from the scoring link’s fragment (#token=…); it works until the round’s deadline day ends, or the round is over',
    schema: { type: 'string' },
  });

const SHEET_IF_MATCH = ApiIfMatch('The ETag of the sheet as you read it ("0" before it is first saved)');

/**
 * A council member's scoring by the personal link mailed when scoring opens for the round: no account
 * needed, the token names the seat. The same service as /honor-campaigns/{id}/rounds/{round}/my-sheets
 * and …/sheets/{nominationId} does the work, so the link scores exactly as its member would signed in
 * (recusals, scale, lock, the current round); the audit names the member and "link".
 */
@ApiTags('honor-review')
@Controller('scoring-link')
@Allow('public')
@UseInterceptors(EtagInterceptor)
export class ScoringLinkController {
  constructor(
    private readonly links: ScoringLinks,
    private readonly sheets: SheetsService,
  ) {}

  @Get()
  @TOKEN_HEADER()
  @Endpoint({
    id: 'listScoreSheetsByLink',
    summary:
      'The link’s round with the nominees its member scores (not those they are recused from), each with the sheet’s state',
    description:
      '410 ACTION_TOKEN_EXPIRED after the round’s deadline day, or once the round is over (result confirmed, or the campaign past it)',
    problems: [400, 404, 410],
  })
  @ApiOkResponse({ type: LinkedSheetsView })
  async list(@Headers(SCORING_TOKEN_HEADER) token: string | undefined): Promise<LinkedSheetsView> {
    const { seat, author } = await this.seat(token);
    const sheets = await this.sheets.mine(seat.campaignId, seat.round, author);
    return {
      ...sheets,
      campaignTitle: seat.campaignTitle,
      roundName: seat.roundName,
      deadline: seat.deadline,
      memberName: seat.memberName,
    };
  }

  @Get('sheets/:nominationId')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'getScoreSheetByLink',
    summary: 'The link’s member’s sheet for one nominee of the round (an empty draft, ETag "0", until saved)',
    description: '403 RECUSED for a nominee the member is recused from; 404 for one outside the round',
    problems: [400, 403, 404, 410],
  })
  @ApiTagged(ScoreSheetView)
  async get(
    @Headers(SCORING_TOKEN_HEADER) token: string | undefined,
    @Param('nominationId', UuidParamPipe) nominationId: string,
  ) {
    const { seat, author } = await this.seat(token);
    return this.sheets.get(seat.campaignId, seat.round, nominationId, author);
  }

  @Put('sheets/:nominationId')
  @TOKEN_HEADER()
  @Endpoint({
    id: 'saveScoreSheetByLink',
    summary:
      'Save the link’s member’s sheet as a draft (scores within the scale, by criterion code; a comment)',
    description:
      'As saveMyScoreSheet: 409 SHEET_LOCKED once submitted, SCORING_NOT_OPEN while the round cannot change',
    problems: [...JSON_BODY, 403, 404, 409, 410],
  })
  @SHEET_IF_MATCH
  @ApiTagged(ScoreSheetView)
  async save(
    @Headers(SCORING_TOKEN_HEADER) token: string | undefined,
    @Param('nominationId', UuidParamPipe) nominationId: string,
    @IfMatch() version: number,
    @Body() input: SaveSheetDto,
  ) {
    const { seat, author } = await this.seat(token);
    return this.sheets.save(seat.campaignId, seat.round, nominationId, version, input, author);
  }

  @Post('sheets/:nominationId/submit')
  @HttpCode(200)
  @TOKEN_HEADER()
  @Endpoint({
    id: 'submitScoreSheetByLink',
    summary: 'Submit the link’s member’s saved sheet with every criterion scored; it is locked from then on',
    description: 'As submitMyScoreSheet: 409 SHEET_LOCKED for a second submission',
    problems: [400, 403, 404, 409, 410],
  })
  @SHEET_IF_MATCH
  @ApiTagged(ScoreSheetView)
  async submit(
    @Headers(SCORING_TOKEN_HEADER) token: string | undefined,
    @Param('nominationId', UuidParamPipe) nominationId: string,
    @IfMatch() version: number,
  ) {
    const { seat, author } = await this.seat(token);
    return this.sheets.submit(seat.campaignId, seat.round, nominationId, version, author);
  }

  private async seat(token: string | undefined): Promise<{ seat: LinkedCouncilSeat; author: ScoreAuthor }> {
    const seat = await this.links.resolve(token);
    return { seat, author: { linkMemberId: seat.memberId } };
  }
}

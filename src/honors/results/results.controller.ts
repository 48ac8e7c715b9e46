import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiFile, ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { CONTENT_TYPES } from '../../common/spreadsheet/spreadsheet-stream';
import { ROUND_PARAM } from '../campaigns';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';
import { CampaignView } from '../campaigns/campaign.views';
import { CampaignDecisionService } from './decision.service';
import { PublicHonors } from './public-honors.service';
import { PublicHonorCampaignPage, PublicHonoreesView } from './public-honors.views';
import { CampaignDecisionDto, PublicCampaignQuery } from './results.dto';
import { ExportFile, ResultsExports } from './results-exports.service';

const IF_MATCH = ApiIfMatch('The ETag of the campaign as you read it');
const PDF = 'application/pdf';

@ApiTags('honor-campaigns')
@Controller('honor-campaigns')
@UseInterceptors(EtagInterceptor)
export class ResultsController {
  constructor(
    private readonly decisions: CampaignDecisionService,
    private readonly exports: ResultsExports,
  ) {}

  @Post(':id/decision')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'decideHonorCampaign',
    summary:
      'Record the decision (number and date) and move the campaign from in_review to decided; the final round’s result must be confirmed by its secretary and chair, and within every prize level’s quota',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(CampaignView)
  decide(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: CampaignDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.decisions.decide(id, version, input, principal);
  }

  @Post(':id/publication')
  @HttpCode(200)
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'publishHonorCampaign',
    summary:
      'Publish a decided campaign: each honoree’s profile gets the award (source association, verified, linked to the campaign), each honoree is mailed, in one transaction with the state',
    problems: [400, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(CampaignView)
  publish(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.decisions.publish(id, version, principal);
  }

  @Get(':id/exports/nominations.xlsx')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'exportHonorNominationsXlsx',
    summary: 'Every nomination of the campaign with its eligibility, failing criteria and overrides (.xlsx)',
    problems: [400, 404],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (de-cu.xlsx)')
  async nominations(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return file(await this.exports.nominations(id, principal), CONTENT_TYPES.xlsx);
  }

  @Get(':id/exports/honorees.xlsx')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'exportHonoreesXlsx',
    summary: 'The campaign’s honorees by prize level (.xlsx)',
    problems: [400, 404],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (nguoi-duoc-ton-vinh.xlsx)')
  async honorees(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return file(await this.exports.honorees(id, principal), CONTENT_TYPES.xlsx);
  }

  @Get(':id/rounds/:round/exports/scoring.xlsx')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'exportHonorScoringXlsx',
    summary:
      'A round’s confirmed scoring summary (.xlsx): rank, aggregate, score count, criterion means, result',
    problems: [400, 404, 409],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (cham-diem-vong-N.xlsx)')
  async scoringXlsx(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return file(await this.exports.scoringXlsx(id, round, principal), CONTENT_TYPES.xlsx);
  }

  @Get(':id/rounds/:round/exports/scoring.pdf')
  @Allow(Permission.HonorsManage)
  @Endpoint({
    id: 'exportHonorScoringPdf',
    summary: 'A round’s confirmed scoring summary as a PDF in Vietnamese',
    problems: [400, 404, 409],
  })
  @ApiFile(PDF, 'The PDF (cham-diem-vong-N.pdf)')
  async scoringPdf(
    @Param('id', UuidParamPipe) id: string,
    @Param('round', ROUND_PARAM) round: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return file(await this.exports.scoringPdf(id, round, principal), PDF);
  }
}

/** Published results: no account needed; only people who consented to a public profile are named. */
@ApiTags('honor-campaigns')
@Controller('public/honor-campaigns')
export class PublicHonorsController {
  constructor(private readonly honors: PublicHonors) {}

  @Get()
  @Allow('public')
  @Endpoint({
    id: 'listPublicHonorCampaigns',
    summary: 'Published honor campaigns with their decision and honoree counts per prize level',
    problems: [400],
  })
  @ApiOkResponse({ type: PublicHonorCampaignPage })
  list(@Query() query: PublicCampaignQuery) {
    return this.honors.list(query);
  }

  @Get(':id/honorees')
  @Allow('public')
  @Endpoint({
    id: 'listPublicHonorees',
    summary:
      'A published campaign’s honorees by prize level: people with a public profile by name, organization and profile id; the others counted',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: PublicHonoreesView })
  honorees(@Param('id', UuidParamPipe) id: string) {
    return this.honors.honorees(id);
  }
}

function file(exported: ExportFile, type: string): StreamableFile {
  const options = { type, disposition: `attachment; filename="${exported.fileName}"` };
  return Buffer.isBuffer(exported.body)
    ? new StreamableFile(exported.body, options)
    : new StreamableFile(exported.body, options);
}

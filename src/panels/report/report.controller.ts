import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { attachmentDisposition, sha256Digest } from '../../common/http/attachment';
import { EtagInterceptor, IfMatch } from '../../common/http/etag';
import { ApiIfMatch, ApiTagged, Endpoint, JSON_BODY } from '../../common/openapi/api-docs';
import { ReportDeliveryService } from './report-delivery.service';
import { AnswerReportDto, SaveReportDraftDto } from './report.dto';
import { REPORT_MEDIA_TYPES, type ReportFormat, ReportService } from './report.service';
import { ReportView } from './report.views';
import { UuidParamPipe } from '../../common/validation/uuid-param.pipe';

const IF_MATCH = ApiIfMatch('The ETag of the report as you read it ("0" before the first save)');

const FILE_RESPONSE = (mediaType: string) =>
  ApiResponse({
    status: 200,
    description: 'The file last generated, with its SHA-256',
    content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'Content-Disposition': { description: 'attachment with the file name', schema: { type: 'string' } },
      'Repr-Digest': { description: 'RFC 9530 SHA-256 of the bytes', schema: { type: 'string' } },
    },
  });

/**
 * The consolidated report of a request. Who may do what is decided per request (report-access.ts):
 * staff and the panel's secretary compile it, members read it, the agency reads it once sent.
 */
@ApiTags('review-reports')
@Controller('review-requests/:id')
@UseInterceptors(EtagInterceptor)
export class ReportController {
  constructor(
    private readonly reports: ReportService,
    private readonly delivery: ReportDeliveryService,
  ) {}

  @Get('report')
  @Allow('authenticated')
  @Endpoint({
    id: 'getReviewReport',
    summary: 'The consolidated report: conclusion, recommendations with answers, generated files',
    problems: [400, 404],
  })
  @ApiTagged(ReportView)
  get(@Param('id', UuidParamPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.reports.get(id, principal);
  }

  @Put('report')
  @Allow('authenticated')
  @Endpoint({
    id: 'saveReviewReportDraft',
    summary: 'Save the conclusion and recommendations (the secretary or staff, once the panel is locked)',
    problems: [...JSON_BODY, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(ReportView)
  save(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: SaveReportDraftDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.saveDraft(id, version, input, principal);
  }

  @Post('report/generate')
  @HttpCode(200)
  @Allow('authenticated')
  @Endpoint({
    id: 'generateReviewReport',
    summary: 'Render the report as PDF and Word from the draft, the panel and the opinions as they are now',
    problems: [400, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(ReportView)
  generate(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reports.generate(id, version, principal);
  }

  @Get('report.pdf')
  @Allow('authenticated')
  @Endpoint({ id: 'downloadReviewReportPdf', summary: 'The report as PDF', problems: [400, 404] })
  @FILE_RESPONSE(REPORT_MEDIA_TYPES.pdf)
  pdf(
    @Param('id', UuidParamPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.download(id, 'pdf', principal, response);
  }

  @Get('report.docx')
  @Allow('authenticated')
  @Endpoint({
    id: 'downloadReviewReportDocx',
    summary: 'The report as a Word document',
    problems: [400, 404],
  })
  @FILE_RESPONSE(REPORT_MEDIA_TYPES.docx)
  docx(
    @Param('id', UuidParamPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.download(id, 'docx', principal, response);
  }

  @Post('report/send')
  @HttpCode(200)
  @Allow('authenticated')
  @Endpoint({
    id: 'sendReviewReport',
    summary: 'Send the generated report to the agency (mail and app): in_review → report_sent',
    problems: [400, 404, 409],
  })
  @IF_MATCH
  @ApiTagged(ReportView)
  send(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.delivery.send(id, version, principal);
  }

  @Put('answer')
  @Allow(Permission.RequestsSubmit)
  @Endpoint({
    id: 'answerReviewReport',
    summary:
      'The agency’s answer: accepted, partly accepted or not accepted for every recommendation (reasons for the last two): report_sent → answered',
    problems: [...JSON_BODY, 404, 409, 422],
  })
  @IF_MATCH
  @ApiTagged(ReportView)
  answer(
    @Param('id', UuidParamPipe) id: string,
    @IfMatch() version: number,
    @Body() input: AnswerReportDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.delivery.answer(id, version, input, principal);
  }

  private async download(
    id: string,
    format: ReportFormat,
    principal: Principal,
    response: Response,
  ): Promise<StreamableFile> {
    const file = await this.reports.file(id, format, principal);
    response.setHeader('Repr-Digest', sha256Digest(file.sha256));
    return new StreamableFile(file.stream, {
      type: REPORT_MEDIA_TYPES[format],
      length: file.size,
      disposition: attachmentDisposition(`bao-cao-tong-hop.${format}`),
    });
  }
}

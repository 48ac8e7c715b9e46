import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { attachmentDisposition } from '../../common/http/attachment';
import { ApiFile, Endpoint } from '../../common/openapi/api-docs';
import { Int } from '../../common/validation/fields';
import { ReportFormat, YearlyReportService } from './yearly-report.service';

export class YearlyReportQuery {
  @Type(() => Number)
  @Int(2000, 2100, { description: 'The year reported on' })
  year: number;
}

const TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

@ApiTags('stats')
@Controller('stats')
export class YearlyReportController {
  constructor(private readonly report: YearlyReportService) {}

  @Get('yearly-report.docx')
  @Allow(Permission.StatsReadSensitive)
  @Endpoint({
    id: 'getYearlyReportDocx',
    summary: 'The yearly report on the intellectual workforce, as a Word document',
    description: 'Includes the sensitive aggregates and the retirement forecast; the audit records it.',
    problems: [400],
  })
  @ApiFile(TYPES.docx, 'bao-cao-doi-ngu-tri-thuc-YYYY.docx')
  docx(@Query() query: YearlyReportQuery, @CurrentPrincipal() actor: Principal) {
    return this.file(query.year, 'docx', actor);
  }

  @Get('yearly-report.pdf')
  @Allow(Permission.StatsReadSensitive)
  @Endpoint({
    id: 'getYearlyReportPdf',
    summary: 'The yearly report on the intellectual workforce, as a PDF',
    description: 'Includes the sensitive aggregates and the retirement forecast; the audit records it.',
    problems: [400],
  })
  @ApiFile(TYPES.pdf, 'bao-cao-doi-ngu-tri-thuc-YYYY.pdf')
  pdf(@Query() query: YearlyReportQuery, @CurrentPrincipal() actor: Principal) {
    return this.file(query.year, 'pdf', actor);
  }

  private async file(year: number, format: ReportFormat, actor: Principal): Promise<StreamableFile> {
    const { fileName, body } = await this.report.render(year, format, actor);
    return new StreamableFile(body, {
      type: TYPES[format],
      length: body.length,
      disposition: attachmentDisposition(fileName),
    });
  }
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { Consumes } from '../common/http/media-type';
import { PageQuery } from '../common/pagination/page';
import { CONTENT_TYPES } from '../exports/spreadsheet-stream';
import { uploadOf } from './intake/file-intake';
import { IMPORT_LIMITS } from './intake/import-limits';
import { ErrorReportService } from './jobs/error-report.service';
import { ImportJobView, ImportStartedView } from './jobs/import-job.view';
import { ImportJobsService } from './jobs/import-jobs.service';
import { StartImportDto, StartImportForm } from './start-import.dto';
import { TemplateService } from './template/template.service';

const xlsxFile = (name: string) => ({
  type: CONTENT_TYPES.xlsx,
  disposition: `attachment; filename="${name}"`,
});

@ApiTags('imports')
@Controller('imports')
@Allow('personnel_officer', 'admin')
export class ImportsController {
  constructor(
    private readonly jobs: ImportJobsService,
    private readonly template: TemplateService,
    private readonly errorReport: ErrorReportService,
  ) {}

  @Get('template.xlsx')
  @ApiOperation({ summary: 'The import template: Vietnamese headers, instructions, catalog drop-downs' })
  @ApiProduces(CONTENT_TYPES.xlsx)
  async templateFile(): Promise<StreamableFile> {
    return new StreamableFile(await this.template.build(), xlsxFile('mau-nhap-tri-thuc.xlsx'));
  }

  @Post()
  @HttpCode(202)
  @UseInterceptors(
    FileInterceptor('file', {
      defParamCharset: 'utf8',
      limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 5 },
    }),
  )
  @Consumes('multipart/form-data')
  @ApiBody({ type: StartImportForm })
  @ApiOperation({
    summary: 'Start an import (or a dry run) of an .xlsx or .csv file; poll GET /imports/{id}',
  })
  @ApiAcceptedResponse({ type: ImportStartedView })
  async start(
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @Body() form: StartImportDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<ImportStartedView> {
    const { job } = await this.jobs.start(uploadOf(file), form.dryRun ?? false, actor);
    return { id: job.id, status: job.status };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Status, progress, counts, failed cells (paged) and possible duplicates of a job',
  })
  view(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery): Promise<ImportJobView> {
    return this.jobs.view(id, query);
  }

  @Get(':id/errors.xlsx')
  @ApiOperation({ summary: 'The failed cells and possible duplicates of a job as a workbook' })
  @ApiProduces(CONTENT_TYPES.xlsx)
  async errors(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.errorReport.report(id), xlsxFile(`loi-nhap-${id}.xlsx`));
  }
}

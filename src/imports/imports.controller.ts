import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { Consumes } from '../common/http/media-type';
import { ApiFile, Endpoint, JSON_BODY } from '../common/openapi/api-docs';
import { PageQuery } from '../common/pagination/page';
import { CONTENT_TYPES } from '../common/spreadsheet/spreadsheet-stream';
import { uploadOf } from './intake/file-intake';
import { IMPORT_LIMITS } from './intake/import-limits';
import { ErrorReportService } from './jobs/error-report.service';
import { ImportJobReader } from './jobs/import-job-reader.service';
import {
  ImportJobPage,
  ImportJobSummaryView,
  ImportJobView,
  ImportStartedView,
  ResolvedRowView,
} from './jobs/import-job.view';
import { ImportJobsService } from './jobs/import-jobs.service';
import { ResolveRowDto } from './jobs/resolve-row.dto';
import { RowResolver } from './jobs/row-resolver.service';
import { Page } from '../common/pagination/page';
import { StartImportDto, StartImportForm } from './start-import.dto';
import { TemplateService } from './template/template.service';
import { intParam } from '../common/validation/int-param.pipe';
import { UuidParamPipe } from '../common/validation/uuid-param.pipe';

const ROW_NUMBER = intParam(
  'row',
  'row must be a row number as the spreadsheet shows it',
  'Số dòng phải là số thứ tự dòng như trên bảng tính',
);

const xlsxFile = (name: string) => ({
  type: CONTENT_TYPES.xlsx,
  disposition: `attachment; filename="${name}"`,
});

@ApiTags('imports')
@Controller('imports')
@Allow(Permission.ImportsRun)
export class ImportsController {
  constructor(
    private readonly jobs: ImportJobsService,
    private readonly reader: ImportJobReader,
    private readonly resolver: RowResolver,
    private readonly template: TemplateService,
    private readonly errorReport: ErrorReportService,
  ) {}

  @Get('template.xlsx')
  @Endpoint({
    id: 'getImportTemplate',
    summary: 'The import template: Vietnamese headers, instructions, catalog drop-downs',
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The template workbook (mau-nhap-tri-thuc.xlsx)')
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
  @Endpoint({
    id: 'startImport',
    summary: 'Start an import (or a dry run) of an .xlsx or .csv file; poll GET /imports/{id}',
    problems: [400, 413, 415],
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

  @Get()
  @Endpoint({
    id: 'listImports',
    summary: 'Import jobs, newest first, with counts and who started each',
    problems: [400],
  })
  @ApiOkResponse({ type: ImportJobPage })
  list(@Query() query: PageQuery): Promise<Page<ImportJobSummaryView>> {
    return this.reader.list(query);
  }

  @Get(':id')
  @Endpoint({
    id: 'getImport',
    summary:
      'Status, progress, counts, failed cells (paged), conflicts, possible duplicates and notices of a job',
    problems: [400, 404],
  })
  @ApiOkResponse({ type: ImportJobView })
  view(@Param('id', UuidParamPipe) id: string, @Query() query: PageQuery): Promise<ImportJobView> {
    return this.reader.view(id, query);
  }

  @Post(':id/rows/:row/resolution')
  @HttpCode(200)
  @Endpoint({
    id: 'resolveImportRow',
    summary:
      'Resolve a conflict or possible duplicate row: link it to a profile the job named, create a new profile, or skip it',
    problems: [...JSON_BODY, 404, 409],
  })
  @ApiOkResponse({ type: ResolvedRowView })
  resolve(
    @Param('id', UuidParamPipe) id: string,
    @Param('row', ROW_NUMBER) row: number,
    @Body() input: ResolveRowDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<ResolvedRowView> {
    return this.resolver.resolve(id, row, input, actor);
  }

  @Get(':id/errors.xlsx')
  @Endpoint({
    id: 'getImportErrors',
    summary: 'The failed cells and possible duplicates of a job as a workbook',
    problems: [400, 404],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The failed rows in the template layout, with an error column')
  async errors(@Param('id', UuidParamPipe) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.errorReport.report(id), xlsxFile(`loi-nhap-${id}.xlsx`));
  }
}

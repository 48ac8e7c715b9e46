import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../common/access/allow.decorator';
import { Permission } from '../common/access/permissions';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Principal } from '../common/access/principal';
import { ApiFile, Endpoint } from '../common/openapi/api-docs';
import { ExportQuery } from './export.query';
import { ExportsService } from './exports.service';
import { CONTENT_TYPES, SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-stream';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('intellectuals.xlsx')
  @Allow(Permission.ExportsRun)
  @Endpoint({
    id: 'exportIntellectualsXlsx',
    summary: 'The staff list as an Excel workbook, with the columns the caller may see',
    problems: [400],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (tri-thuc.xlsx)')
  async xlsx(@Query() query: ExportQuery, @CurrentPrincipal() actor: Principal): Promise<StreamableFile> {
    return file(await this.exports.intellectuals('xlsx', query, actor), 'xlsx');
  }

  @Get('intellectuals.csv')
  @Allow(Permission.ExportsRun)
  @Endpoint({
    id: 'exportIntellectualsCsv',
    summary: 'The staff list as CSV (UTF-8 with BOM), with the columns the caller may see',
    problems: [400],
  })
  @ApiFile(CONTENT_TYPES.csv, 'RFC 4180 CSV (tri-thuc.csv)')
  async csv(@Query() query: ExportQuery, @CurrentPrincipal() actor: Principal): Promise<StreamableFile> {
    return file(await this.exports.intellectuals('csv', query, actor), 'csv');
  }
}

function file(stream: Readable, format: SpreadsheetFormat): StreamableFile {
  return new StreamableFile(stream, {
    type: CONTENT_TYPES[format],
    disposition: `attachment; filename="tri-thuc.${format}"`,
  });
}

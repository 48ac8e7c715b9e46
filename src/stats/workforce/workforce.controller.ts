import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { can } from '../../common/access/access';
import { Allow } from '../../common/access/allow.decorator';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Permission } from '../../common/access/permissions';
import type { Principal } from '../../common/access/principal';
import { ApiFile, Endpoint } from '../../common/openapi/api-docs';
import { CONTENT_TYPES } from '../../common/spreadsheet/spreadsheet-stream';
import { DIMENSIONS, WORKFORCE_DIMENSIONS } from './workforce-dimensions';
import { WorkforceDimensionView } from './workforce-dimensions.view';
import { workforceWorkbook } from './workforce-file';
import { OpenDataWorkforceQuery, WorkforceQuery, WorkforceTable } from './workforce.query';
import { WorkforceService } from './workforce.service';

@ApiTags('stats')
@Controller('stats')
export class WorkforceController {
  constructor(private readonly workforce: WorkforceService) {}

  @Get('dimensions')
  @Allow(Permission.StatsRead)
  @Endpoint({
    id: 'listWorkforceDimensions',
    summary: 'The dimensions the caller may count the workforce by',
  })
  @ApiOkResponse({ type: [WorkforceDimensionView] })
  dimensions(@CurrentPrincipal() actor: Principal): WorkforceDimensionView[] {
    const sensitive = can(actor, Permission.StatsReadSensitive);
    return WORKFORCE_DIMENSIONS.filter((key) => sensitive || !DIMENSIONS[key].sensitive).map((key) => ({
      key,
      label: DIMENSIONS[key].label.vi,
      labelEn: DIMENSIONS[key].label.en,
      sensitive: DIMENSIONS[key].sensitive,
    }));
  }

  @Get('workforce')
  @Allow(Permission.StatsRead)
  @Endpoint({
    id: 'getWorkforceBreakdown',
    summary: 'People counted by one or two dimensions, filtered, on a date; small cells withheld',
    description:
      'Sensitive dimensions (ethnicMinority, disability) need stats.read-sensitive and a purpose, which the audit records.',
    problems: [400, 403],
  })
  @ApiOkResponse({ type: WorkforceTable })
  breakdown(@Query() query: WorkforceQuery, @CurrentPrincipal() actor: Principal) {
    return this.workforce.breakdown(query, { actor });
  }

  @Get('workforce.xlsx')
  @Allow(Permission.StatsRead)
  @Endpoint({
    id: 'exportWorkforceBreakdownXlsx',
    summary: 'The same breakdown as an Excel workbook (number cells, withheld cells marked)',
    problems: [400, 403],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (thong-ke-tri-thuc.xlsx)')
  async xlsx(@Query() query: WorkforceQuery, @CurrentPrincipal() actor: Principal): Promise<StreamableFile> {
    return workforceWorkbook(await this.workforce.breakdown(query, { actor }), query);
  }
}

@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly workforce: WorkforceService) {}

  @Get('workforce')
  @Allow('public')
  @Endpoint({
    id: 'getOpenDataWorkforce',
    summary: 'Open data: the workforce by non-sensitive dimensions, small cells withheld',
    problems: [400],
  })
  @ApiOkResponse({ type: WorkforceTable })
  breakdown(@Query() query: OpenDataWorkforceQuery) {
    return this.workforce.breakdown(query, 'open-data');
  }

  @Get('workforce.xlsx')
  @Allow('public')
  @Endpoint({
    id: 'exportOpenDataWorkforceXlsx',
    summary: 'Open data as an Excel workbook',
    problems: [400],
  })
  @ApiFile(CONTENT_TYPES.xlsx, 'The workbook (thong-ke-tri-thuc.xlsx)')
  async xlsx(@Query() query: OpenDataWorkforceQuery): Promise<StreamableFile> {
    return workforceWorkbook(await this.workforce.breakdown(query, 'open-data'), query);
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { ForecastsController } from './forecasts/forecasts.controller';
import { ForecastsService } from './forecasts/forecasts.service';
import { YearlyReportController } from './report/yearly-report.controller';
import { YearlyReportService } from './report/yearly-report.service';
import { StatTarget } from './targets/stat-target.entity';
import { StatTargetsController } from './targets/stat-targets.controller';
import { StatTargetsService } from './targets/stat-targets.service';
import { TrendsController } from './trends/trends.controller';
import { TrendsService } from './trends/trends.service';
import { WorkforceFact } from './workforce/workforce-fact.entity';
import { WorkforceRefresher } from './workforce/workforce-refresher.service';
import { OpenDataController, WorkforceController } from './workforce/workforce.controller';
import { WorkforceService } from './workforce/workforce.service';

/**
 * Statistics of the intellectual workforce (issue 14): breakdowns over the fact table, open data,
 * works per year against the plans' targets, retirement forecasts, the yearly report.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WorkforceFact, StatTarget]), AuditModule, OutboxModule],
  controllers: [
    WorkforceController,
    OpenDataController,
    TrendsController,
    StatTargetsController,
    ForecastsController,
    YearlyReportController,
  ],
  providers: [
    WorkforceService,
    WorkforceRefresher,
    TrendsService,
    StatTargetsService,
    ForecastsService,
    YearlyReportService,
  ],
  exports: [WorkforceRefresher],
})
export class StatsModule {}

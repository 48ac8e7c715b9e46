import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { OutboxModule } from '../platform/outbox/outbox.module';
import { WorkforceFact } from './workforce/workforce-fact.entity';
import { WorkforceRefresher } from './workforce/workforce-refresher.service';
import { OpenDataController, WorkforceController } from './workforce/workforce.controller';
import { WorkforceService } from './workforce/workforce.service';

/** Statistics of the intellectual workforce (issue 14): breakdowns over the fact table, open data. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkforceFact]), AuditModule, OutboxModule],
  controllers: [WorkforceController, OpenDataController],
  providers: [WorkforceService, WorkforceRefresher],
  exports: [WorkforceRefresher],
})
export class StatsModule {}

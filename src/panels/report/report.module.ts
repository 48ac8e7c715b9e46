import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail';
import { StorageModule } from '../../platform/storage/storage.module';
import { OpinionsModule } from '../opinions';
import { PanelModule } from '../panel';
import { ReviewRequestsModule } from '../requests';
import { ReportAssembler } from './report-assembler';
import { ReportDeliveryService } from './report-delivery.service';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

/** The consolidated report (tổng hợp ý kiến): draft, PDF and Word files, sending, the agency's answer. */
@Module({
  imports: [OpinionsModule, PanelModule, ReviewRequestsModule, StorageModule, MailModule],
  controllers: [ReportController],
  providers: [ReportAssembler, ReportService, ReportDeliveryService],
})
export class ReportModule {}

import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { IntellectualsModule, ProfilePartsService, ReferenceChecker } from '../intellectuals';
import { ImportProfileWriter } from './apply/import-profile-writer';
import { ProfileMatcher } from './apply/profile-matcher';
import { RowApplier } from './apply/row-applier.service';
import { ImportsController } from './imports.controller';
import { ErrorReportService } from './jobs/error-report.service';
import { ImportJobReader } from './jobs/import-job-reader.service';
import { ImportJobsService } from './jobs/import-jobs.service';
import { RowResolver } from './jobs/row-resolver.service';
import { ImportRunner } from './jobs/import-runner.service';
import { InterruptedJobsService } from './jobs/interrupted-jobs.service';
import { ReferenceListsService } from './rows/reference-lists.service';
import { TemplateService } from './template/template.service';

/** Spreadsheet import (template, jobs, error reports). */
@Module({
  imports: [IntellectualsModule, CatalogModule],
  controllers: [ImportsController],
  providers: [
    // stateless helpers of the profile module that it does not export (yet)
    ProfilePartsService,
    ReferenceChecker,
    ReferenceListsService,
    TemplateService,
    ProfileMatcher,
    ImportProfileWriter,
    RowApplier,
    ImportRunner,
    ImportJobsService,
    ImportJobReader,
    RowResolver,
    InterruptedJobsService,
    ErrorReportService,
  ],
  exports: [ReferenceListsService],
})
export class ImportsModule {}

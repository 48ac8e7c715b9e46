import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { IntellectualsModule } from '../intellectuals/intellectuals.module';
import { ProfilePartsService } from '../intellectuals/profile-parts.service';
import { ReferenceChecker } from '../intellectuals/validation/reference-checker';
import { ImportProfileWriter } from './apply/import-profile-writer';
import { ProfileMatcher } from './apply/profile-matcher';
import { RowApplier } from './apply/row-applier.service';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { DuplicatesService } from './duplicates/duplicates.service';
import { MergeService } from './duplicates/merge.service';
import { ImportsController } from './imports.controller';
import { ErrorReportService } from './jobs/error-report.service';
import { ImportJobsService } from './jobs/import-jobs.service';
import { ImportRunner } from './jobs/import-runner.service';
import { InterruptedJobsService } from './jobs/interrupted-jobs.service';
import { ReferenceListsService } from './rows/reference-lists.service';
import { TemplateService } from './template/template.service';

/** Spreadsheet import (template, jobs, error reports), duplicate detection and merge. */
@Module({
  imports: [IntellectualsModule, CatalogModule],
  controllers: [ImportsController, DuplicatesController],
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
    InterruptedJobsService,
    ErrorReportService,
    DuplicatesService,
    MergeService,
  ],
  exports: [ReferenceListsService],
})
export class ImportsModule {}

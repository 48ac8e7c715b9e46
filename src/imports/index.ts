export { ImportsModule } from './imports.module';
export { ImportJob } from './jobs/import-job.entity';
export { ImportJobsService } from './jobs/import-jobs.service';
export { ImportRowIssue } from './jobs/import-row-issue.entity';
export { ListName } from './rows/import-columns';
export { ReferenceListsService } from './rows/reference-lists.service';
export { ImportRowRecord } from './jobs/import-row.entity';

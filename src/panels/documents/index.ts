export { RequestDocumentsModule } from './documents.module';
export { RequestDocumentsService } from './request-documents.service';
export { ReviewRequestDocument } from './review-request-document.entity';
export type { TextStatus } from './extraction/text-extraction';

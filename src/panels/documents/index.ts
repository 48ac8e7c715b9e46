export { RequestDocumentsModule } from './documents.module';
export { RequestDocumentsService } from './request-documents.service';
export { ReviewRequestDocument } from './review-request-document.entity';
export type { TextStatus } from './extraction/text-extraction';
export { DOCUMENT_LIMITS } from './extraction/document-limits';
export { extractDocument } from './extraction/text-extraction';
export { uploadedDocument } from './uploaded-document';
export type { UploadedDocument } from './uploaded-document';
export { DocumentUpload } from './document-upload.decorator';

import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiProperty } from '@nestjs/swagger';
import { Consumes } from '../../common/http/media-type';
import { DOCUMENT_LIMITS } from './extraction/document-limits';

const MEGABYTES = DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024;

/** For OpenAPI: the multipart body of a document upload. */
class DocumentUploadForm {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: `PDF, DOCX or UTF-8 TXT, at most ${MEGABYTES} MB; the type is read from the bytes`,
  })
  file: unknown;
}

/**
 * One uploaded document in the multipart field `file` (UTF-8 names, the document size limit, no other
 * fields): the one way request documents, opinion files and nomination attachments are received.
 */
export function DocumentUpload() {
  return applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        defParamCharset: 'utf8',
        limits: { fileSize: DOCUMENT_LIMITS.maxFileBytes, files: 1, fields: 0 },
      }),
    ),
    Consumes('multipart/form-data'),
    ApiBody({ type: DocumentUploadForm }),
  );
}

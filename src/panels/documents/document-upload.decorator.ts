import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody } from '@nestjs/swagger';
import { Consumes } from '../../common/http/media-type';
import { DOCUMENT_LIMITS } from './extraction/document-limits';

/**
 * One uploaded document in the multipart field `file` (UTF-8 names, the document size limit, no other
 * fields): the one way request documents and opinion files are received.
 */
export function DocumentUpload(form: new () => unknown) {
  return applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        defParamCharset: 'utf8',
        limits: { fileSize: DOCUMENT_LIMITS.maxFileBytes, files: 1, fields: 0 },
      }),
    ),
    Consumes('multipart/form-data'),
    ApiBody({ type: form }),
  );
}

import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** OpenAPI of a stored file's download (see fileResponse). */
export function ApiStoredFile(description: string) {
  return applyDecorators(
    ApiResponse({
      status: 200,
      description,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      headers: {
        'Content-Disposition': {
          description: 'attachment with the file name (UTF-8 in filename*)',
          schema: { type: 'string' },
        },
        'Repr-Digest': {
          description: 'RFC 9530 SHA-256 of the bytes: sha-256=:<base64>:',
          schema: { type: 'string' },
        },
      },
    }),
  );
}

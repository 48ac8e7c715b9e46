import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition, sha256Digest } from './attachment';

/** A stored file as a download: its detected type, its name (RFC 6266) and its SHA-256. */
export function fileResponse(
  response: Response,
  file: { fileName: string; mediaType: string; sizeBytes: number; sha256: string },
  stream: Readable,
): StreamableFile {
  response.setHeader('Repr-Digest', sha256Digest(file.sha256));
  return new StreamableFile(stream, {
    type: file.mediaType,
    length: file.sizeBytes,
    disposition: attachmentDisposition(file.fileName),
  });
}

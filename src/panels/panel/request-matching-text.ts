import { Injectable } from '@nestjs/common';
import { RequestDocumentsService } from '../documents';
import type { ReviewRequest } from '../requests';

/**
 * The text experts are matched against: the request's title and summary, then its proposal text and
 * every document's extracted text (RequestDocumentsService.textOf).
 */
@Injectable()
export class RequestMatchingText {
  constructor(private readonly documents: RequestDocumentsService) {}

  async of(request: ReviewRequest): Promise<string> {
    const body = await this.documents.textOf(request.id);
    return [request.title, request.summary, body].filter((part) => !!part).join('\n');
  }
}

import {
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error';

/** A response body with the profile version it reflects; the interceptor turns it into an ETag. */
export class Tagged<T> {
  constructor(
    readonly body: T,
    readonly version: number,
  ) {}
}

/** Strong ETag of a profile version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Sets the ETag header for Tagged results and answers with the body alone. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Tagged)) return result;
        context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOf(result.version));
        return result.body as unknown;
      }),
    );
  }
}

/**
 * The profile version named by the If-Match header. Without it the write is refused (428): every
 * write must say which version it read. A weak ETag never matches (If-Match compares strongly), so it
 * gets its own answer naming the strong one; any other value that is not one of our ETags is stale (412).
 */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (!header || header.trim() === '*') {
    throw new DomainError('PRECONDITION_REQUIRED', {
      en: 'Send If-Match with the ETag you read, so that no one else’s change is overwritten',
      vi: 'Vui lòng gửi If-Match với ETag đã đọc để không ghi đè thay đổi của người khác',
    });
  }
  const weak = /^\s*W\/("\d{1,9}")\s*$/.exec(header);
  if (weak) {
    throw new DomainError('WEAK_ETAG', {
      en: `If-Match needs the strong ETag the profile was read with (${weak[1]}), not a weak one (W/${weak[1]})`,
      vi: `If-Match cần ETag dạng mạnh như khi đọc hồ sơ (${weak[1]}), không dùng dạng yếu (W/${weak[1]})`,
    });
  }
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw staleVersion();
  return Number(match[1]);
});

/** Said of every resource with an ETag (profiles, requests, panels, reports, campaigns…), so it names none. */
export function staleVersion(): DomainError {
  return new DomainError('PRECONDITION_FAILED', {
    en: 'Someone changed this since you read it; read it again and reapply your change',
    vi: 'Dữ liệu đã được thay đổi kể từ lần bạn đọc; vui lòng tải lại và thực hiện lại thay đổi',
  });
}

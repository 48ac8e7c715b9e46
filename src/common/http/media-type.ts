import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { DomainError } from '../errors/domain-error';

const CONSUMES = Symbol('consumes');
const JSON_ONLY = ['application/json'];

/** The media types an endpoint's body may have (JSON unless it says otherwise), documented and enforced. */
export const Consumes = (...types: string[]) =>
  applyDecorators(ApiConsumes(...types), SetMetadata(CONSUMES, types));

/**
 * Refuses a body of another media type with 415: a text, XML or untyped body would otherwise reach the
 * handler as an empty object and be answered 200 having done nothing. Requests without a body pass.
 */
@Injectable()
export class MediaTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const accepted =
      this.reflector.getAllAndOverride<string[] | undefined>(CONSUMES, [
        context.getHandler(),
        context.getClass(),
      ]) ?? JSON_ONLY;
    const request = context.switchToHttp().getRequest<Request>();
    // is() answers false for a body of another type (or of none declared), null without a body; an
    // empty body (Content-Length: 0, as clients send on POSTs that need none) counts as none.
    const empty = request.headers['content-length'] === '0';
    if (!empty && request.is(accepted) === false) {
      const type = request.headers['content-type'];
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
        en: `Send the body as ${accepted.join(' or ')}${type ? `, not ${type}` : ' with a Content-Type header'}`,
        vi: `Vui lòng gửi nội dung dạng ${accepted.join(' hoặc ')}${type ? `, không phải ${type}` : ' kèm tiêu đề Content-Type'}`,
      });
    }
    return next.handle();
  }
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { requestCommitted } from '../http/request-transactions';
import { databaseUnavailable } from './database-unavailable';
import { DomainError, ERROR_CODES, ErrorCode, FieldProblem } from './domain-error';

/** RFC 9457 problem details, the only error shape the API answers with. */
export interface ProblemDetails {
  type: string;
  title: string;
  titleVi: string;
  status: number;
  detail: string;
  detailVi: string;
  code: ErrorCode;
  instance: string;
  requestId?: string;
  errors: FieldProblem[];
}

/** Seconds a client should wait before retrying a 503 (PostgreSQL or Meilisearch away). */
export const RETRY_AFTER_SECONDS = 5;

const STATUS_CODES = new Map<number, ErrorCode>(
  Object.entries(ERROR_CODES)
    .map(([code, { status }]) => [status, code as ErrorCode] as const)
    .reverse(),
);

/** Maps every thrown error to problem details: the one place where errors become HTTP. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const error = this.toDomainError(exception);
    if (error.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const { title, titleVi } = ERROR_CODES[error.code];
    const body: ProblemDetails = {
      type: `https://trithuc.khanhhoa.gov.vn/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
      title,
      titleVi,
      status: error.status,
      detail: error.detail?.en ?? title,
      detailVi: error.detail?.vi ?? titleVi,
      code: error.code,
      instance: request.originalUrl ?? request.url,
      requestId: requestIdOf(request),
      errors: error.errors,
    };
    if (response.headersSent) return;
    if (error.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(error.status).type('application/problem+json').json(body);
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof ThrottlerException) return new DomainError('TOO_MANY_REQUESTS');
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    const unavailable = databaseUnavailable(exception, requestCommitted());
    if (unavailable) return unavailable;
    const bodyParserError = exception as { type?: string; status?: number };
    if (bodyParserError?.type === 'entity.parse.failed') return new DomainError('MALFORMED_JSON');
    if (bodyParserError?.type === 'entity.too.large') return new DomainError('PAYLOAD_TOO_LARGE');
    if (typeof bodyParserError?.status === 'number' && bodyParserError.status < 500) {
      return new DomainError(STATUS_CODES.get(bodyParserError.status) ?? 'VALIDATION_FAILED');
    }
    return new DomainError('INTERNAL');
  }

  private fromHttpException(exception: HttpException): DomainError {
    const status = exception.getStatus();
    const code = STATUS_CODES.get(status) ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    if (code === 'NOT_FOUND') {
      return new DomainError('NOT_FOUND', { en: 'No such resource', vi: 'Không có tài nguyên này' });
    }
    if (code === 'VALIDATION_FAILED' && /JSON/i.test(exception.message))
      return new DomainError('MALFORMED_JSON');
    return new DomainError(code);
  }
}

/** pino-http sets req.id (ours are strings); absent when the error happened before logging started. */
function requestIdOf(request: Request): string | undefined {
  const id: unknown = request.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

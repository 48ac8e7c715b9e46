import { createHash } from 'node:crypto';
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable, of } from 'rxjs';
import { IdempotencyStore, IDEMPOTENCY_RETENTION_HOURS, PendingKey } from './idempotency-store';
import { databaseUnavailable } from '../errors/database-unavailable';
import { DomainError } from '../errors/domain-error';

const IDEMPOTENT = Symbol('idempotent');
const HEADER = 'idempotency-key';
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;
const COMMIT_LOOKS = 10;
const LOOK_PAUSE_MS = 100;

/**
 * The endpoint accepts an `Idempotency-Key` header: a retry with the same key and body gets the first
 * answer again instead of doing the work twice. Its service saves the answer with IdempotencyStore.save
 * inside the write's transaction.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `Up to 255 visible ASCII characters (a UUID, say), unique per request you mean; resending the same request with it within ${IDEMPOTENCY_RETENTION_HOURS} h answers the first response again (header Idempotent-Replayed: true) without creating anything; the same key with a different body answers 422 IDEMPOTENCY_KEY_REUSED`,
    }),
  );

/** Replays or records answers of endpoints marked @Idempotent() that were sent with a key. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request & { principal?: { accountId: string } }>();
    const key = request.headers[HEADER];
    if (key === undefined || !this.reflector.get<boolean>(IDEMPOTENT, context.getHandler()))
      return next.handle();
    if (typeof key !== 'string' || !VALID_KEY.test(key)) {
      throw DomainError.invalidField(
        'Idempotency-Key',
        'Idempotency-Key must be 1 to 255 visible ASCII characters',
        'Idempotency-Key phải gồm 1 đến 255 ký tự ASCII nhìn thấy được',
      );
    }
    const pendingKey = { accountId: request.principal!.accountId, key, requestHash: hashOf(request) };
    const response = context.switchToHttp().getResponse<Response>();
    const saved = await this.replay(pendingKey, response);
    if (saved.found) return of(saved.body);
    // the handler runs (on subscription) inside the pending key's context, so its service can save
    const handled = this.store.withPending(pendingKey, () => lastValueFrom(next.handle()));
    return from(
      handled.catch(async (error: unknown) => {
        // The same key sent twice at once: the other request's answer may be committed by now (this
        // one then failed on a unique key, of the saved answer or of the profile it created too).
        // When the answer to COMMIT was lost, the server may still be finishing that commit while this
        // looks: the saved answer shows up within moments, so look a few times before answering 503.
        const looks = databaseUnavailable(error, false)?.code === 'OUTCOME_UNKNOWN' ? COMMIT_LOOKS : 1;
        for (let look = 1; look <= looks; look += 1) {
          const again = await this.replay(pendingKey, response).catch((lookup: unknown) => {
            if (lookup instanceof DomainError) throw lookup;
            return { found: false as const };
          });
          if (again.found) return again.body;
          if (look < looks) await new Promise((resolve) => setTimeout(resolve, LOOK_PAUSE_MS));
        }
        throw error;
      }),
    );
  }

  private async replay(
    { accountId, key, requestHash }: PendingKey,
    response: Response,
  ): Promise<{ found: false } | { found: true; body: unknown }> {
    const saved = await this.store.find(accountId, key);
    if (!saved) return { found: false };
    if (saved.requestHash !== requestHash) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', undefined, [
        {
          field: 'Idempotency-Key',
          message: 'This key was already used for a different request; use a new key for a new request',
          messageVi: 'Khóa này đã được dùng cho một yêu cầu khác; vui lòng dùng khóa mới cho yêu cầu mới',
        },
      ]);
    }
    for (const [name, value] of Object.entries(saved.headers)) response.setHeader(name, value);
    response.setHeader('Idempotent-Replayed', 'true');
    response.status(saved.statusCode);
    return { found: true, body: saved.response };
  }
}

/** The request a key stands for: method, path and body with keys in a stable order. */
function hashOf(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${stableJson(request.body)}`)
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

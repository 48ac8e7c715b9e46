import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiProperty,
  ApiResponse,
  ApiResponseSchemaHost,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Page } from '../pagination/page';

type SchemaObject = ApiResponseSchemaHost['schema'];
import { ProblemDetailsView } from './problem-details.view';

/**
 * How endpoints document themselves in the OpenAPI document (openapi/openapi.json, which clients are
 * generated from): @Endpoint names the operation and its problems, one of the success decorators
 * below (or Nest's ApiOkResponse/ApiCreatedResponse with a view class) its success body.
 */

/** The problem statuses an endpoint can answer with, each with what it means here. */
const PROBLEMS = {
  400: 'Invalid input: `errors` names each field, in English and Vietnamese',
  401: 'Missing, invalid or expired token or session',
  403: 'The caller lacks the permission this needs',
  404: 'No such resource (or not one the caller may see)',
  409: 'Conflicts with the current state; `code` says which conflict',
  410: 'The link was already used (ACTION_TOKEN_USED) or has expired (ACTION_TOKEN_EXPIRED)',
  412: 'If-Match names a version that is no longer current: read again and reapply',
  413: 'Request body too large',
  415: 'The body is not JSON (send Content-Type: application/json)',
  422: 'Well-formed but cannot be applied',
  428: 'If-Match is required: send the ETag you read',
  429: 'Too many attempts from this address; wait and retry',
  503: 'A dependency (PostgreSQL, Meilisearch) is unavailable or data it needs is still being prepared (matching’s term statistics): retry after Retry-After seconds',
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One problem response; `description` replaces the generic one where an endpoint says more. */
export function ApiProblem(status: ProblemStatus, description: string = PROBLEMS[status]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsView),
    ApiResponse({
      status,
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsView) } } },
      ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    }),
  );
}

export function ApiProblems(...statuses: ProblemStatus[]) {
  return applyDecorators(...statuses.map((status) => ApiProblem(status)));
}

/** Problems of an endpoint that takes a JSON body. */
export const JSON_BODY: readonly ProblemStatus[] = [400, 413, 415];

export interface EndpointDoc {
  /** operationId: a verb first, camelCase, unique (clients name their functions after it). */
  id: string;
  summary: string;
  description?: string;
  /** Beyond 401/403 (from @Allow), 412/428 (from @ApiIfMatch) and 503 (every endpoint). */
  problems?: readonly ProblemStatus[];
}

/** Names and summarises an operation and lists its problem responses. */
export function Endpoint(doc: EndpointDoc) {
  const problems = new Set<ProblemStatus>([...(doc.problems ?? []), 503]);
  return applyDecorators(
    ApiOperation({ operationId: doc.id, summary: doc.summary, description: doc.description }),
    ApiProblems(...[...problems].sort()),
  );
}

const ETAG = {
  ETag: {
    description: 'The version of the profile this reflects; send it as If-Match',
    schema: { type: 'string' },
  },
} as const;

/** A success body that carries the profile version in an ETag header (see EtagInterceptor). */
export function ApiTagged(body: Type<unknown> | SchemaObject, status: 200 | 201 = 200, description = 'Done') {
  const shape = typeof body === 'function' ? { type: body } : { schema: body };
  return ApiResponse({ status, description, headers: ETAG, ...shape });
}

/** 204 No Content; a profile write still answers the new ETag. */
export function ApiNoContent(description = 'Done', tagged = false) {
  return ApiResponse({ status: 204, description, ...(tagged ? { headers: ETAG } : {}) });
}

/** A file download. */
export function ApiFile(contentType: string, description: string) {
  return ApiResponse({
    status: 200,
    description,
    content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
  });
}

/** The write must name the profile version it read (EtagInterceptor, IfMatch). */
export function ApiIfMatch(description = 'The ETag of the profile as you read it') {
  return applyDecorators(
    ApiHeader({ name: 'If-Match', required: true, description, schema: { type: 'string' } }),
    ApiProblems(412, 428),
  );
}

/**
 * The page class of a list (`{ items, total, limit, offset }`) for items of `item`; its schema is
 * named after the item (AccountView → AccountPage).
 */
export function PageOf<T>(item: Type<T>, name = `${item.name.replace(/View$/, '')}Page`): Type<Page<T>> {
  class PageView implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: 'integer', description: 'Items matching, over all pages' }) total: number;
    @ApiProperty({ type: 'integer' }) limit: number;
    @ApiProperty({ type: 'integer' }) offset: number;
  }
  Object.defineProperty(PageView, 'name', { value: name });
  return PageView;
}

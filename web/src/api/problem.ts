import type { components } from '../../../openapi/client/schema';
import i18n from '../i18n';

type ProblemDetails = components['schemas']['ProblemDetailsView'];

/**
 * A refused or failed API call, in the language the user reads: the server sends every problem in
 * English and Vietnamese, and field problems name the field as a dotted path.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly requestId: string | undefined;
  /** Field path → message, for forms. */
  readonly fieldErrors: Record<string, string>;
  readonly body: ProblemDetails | undefined;

  constructor(status: number, body: ProblemDetails | undefined, fallback: { title: string; detail: string }) {
    const vietnamese = i18n.language !== 'en';
    const title = body ? (vietnamese ? body.titleVi : body.title) : fallback.title;
    super(title);
    this.name = 'ApiProblem';
    this.status = status;
    this.body = body;
    this.code = body?.code ?? (status === 0 ? 'NETWORK_ERROR' : 'UNEXPECTED_RESPONSE');
    this.title = title;
    this.detail = body ? (vietnamese ? body.detailVi : body.detail) : fallback.detail;
    this.requestId = body?.requestId;
    this.fieldErrors = Object.fromEntries(
      (body?.errors ?? []).map((problem) => [
        problem.field,
        vietnamese ? problem.messageVi : problem.message,
      ]),
    );
  }

  static fromResponse(response: Response, error: unknown): ApiProblem {
    const body = isProblem(error) ? error : undefined;
    return new ApiProblem(response.status, body, {
      title: i18n.t('common:problem.unexpectedTitle'),
      detail: i18n.t('common:problem.unexpectedDetail', { status: response.status }),
    });
  }

  static network(): ApiProblem {
    return new ApiProblem(0, undefined, {
      title: i18n.t('common:problem.networkTitle'),
      detail: i18n.t('common:problem.networkDetail'),
    });
  }
}

/** 412: someone else changed the resource since the version the If-Match named. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'code' in value && 'titleVi' in value;
}

import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../../openapi/client/schema';
import i18n from '../i18n';
import { ApiProblem } from './problem';
import { currentCsrfToken, notifySessionExpired } from './session-hooks';

export { ApiProblem } from './problem';

export const API_BASE = '/api/v1';

/** The committed contract's paths without the /api/v1 prefix, which the client adds. */
export type ApiPaths = {
  [Path in keyof paths as Path extends `/api/v1${infer Rest}` ? Rest : never]: paths[Path];
};
export type Schemas = components['schemas'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
    const token = currentCsrfToken();
    if (token && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  async onResponse({ request, response }) {
    // Whoever asks for the session itself learns the answer directly; every other call that finds the
    // session ended sends the user to sign in again.
    if (response.status === 401 && !request.url.endsWith('/auth/session')) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (typeof body === 'object' && body !== null && (body as { code?: string }).code === 'SESSION_EXPIRED')
        notifySessionExpired();
    }
    return response;
  },
};

/** The only way the web app talks to the API: typed by the committed OpenAPI document. */
export const api = createClient<ApiPaths>({ baseUrl: API_BASE, credentials: 'same-origin' });
api.use(sessionMiddleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's body, or an ApiProblem for any refusal or failure (also when the network is down). */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  return (await unwrapWithEtag(request)).data;
}

/** The answer's body with its entity tag, to send back as If-Match on the next change. */
export async function unwrapWithEtag<T>(
  request: Promise<FetchResult<T>>,
): Promise<{ data: T; etag: string }> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw ApiProblem.network();
  }
  if (!result.response.ok) throw ApiProblem.fromResponse(result.response, result.error);
  return { data: result.data as T, etag: result.response.headers.get('ETag') ?? '' };
}

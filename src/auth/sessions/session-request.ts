import type { Request } from 'express';
import type { Principal } from '../../common/access/principal';
import type { DomainError } from '../../common/errors/domain-error';
import type { ActiveSession } from './session.service';

/** The cookie that carries a browser session's token. */
export const SESSION_COOKIE = 'tkh_session';
/** The header a cookie-authenticated state-changing request must carry (the session's csrfToken). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** A request as the AccessGuard leaves it. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** Set when the session cookie authenticated the request. */
  session?: ActiveSession;
  /** Why the cookie was ignored on a public endpoint (GET /auth/session reports it). */
  sessionRefusal?: DomainError;
}

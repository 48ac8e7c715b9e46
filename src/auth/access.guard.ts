import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { ACCESS_RULE, AccessRule } from '../common/access/allow.decorator';
import { can, forbidden } from '../common/access/access';
import { TokenService } from './token.service';
import { AuthenticatedRequest, CSRF_HEADER, SESSION_COOKIE } from './sessions/session-request';
import { ActiveSession, SessionService } from './sessions/session.service';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one global guard: authenticates the bearer token, or else the session cookie (with its CSRF
 * token on state-changing requests), and applies the endpoint's @Allow rule.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new DomainError('FORBIDDEN', {
        en: 'This endpoint declares no access rule and is closed',
        vi: 'Điểm truy cập này chưa khai báo quyền nên bị đóng',
      });
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    if (token) request.principal = await this.tokens.authenticate(token);
    else await this.authenticateSession(request, rule);
    if (rule.kind === 'public') return true;
    if (!request.principal) {
      throw new DomainError('UNAUTHENTICATED', {
        en: 'Sign in: send the access token as a Bearer token, or the session cookie',
        vi: 'Vui lòng đăng nhập: gửi mã truy cập dạng Bearer, hoặc cookie phiên đăng nhập',
      });
    }
    if (rule.kind === 'permission' && !can(request.principal, rule.permission)) {
      throw forbidden(rule.permission);
    }
    return true;
  }

  /**
   * A session cookie that does not work (expired, ended, disabled account, wrong CSRF token) is
   * refused on protected endpoints; on public ones the caller is anonymous and the refusal is kept
   * for GET /auth/session to report.
   */
  private async authenticateSession(request: AuthenticatedRequest, rule: AccessRule): Promise<void> {
    const cookie: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof cookie !== 'string' || !cookie) return;
    let active: ActiveSession;
    try {
      active = await this.sessions.authenticate(cookie);
      if (STATE_CHANGING.has(request.method)) requireCsrfToken(request, active.session.csrfToken);
    } catch (error) {
      if (rule.kind !== 'public' || !(error instanceof DomainError) || error.status >= 500) throw error;
      request.sessionRefusal = error;
      return;
    }
    request.session = active;
    request.principal = active.principal;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new DomainError('UNAUTHENTICATED', {
      en: 'The Authorization header must be "Bearer <token>"',
      vi: 'Tiêu đề Authorization phải có dạng "Bearer <mã>"',
    });
  }
  return token;
}

/** A cross-site page can make the browser send the cookie, but cannot read the token to send it back. */
function requireCsrfToken(request: Request, expected: string): void {
  const sent = request.headers[CSRF_HEADER.toLowerCase()];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new DomainError('CSRF_TOKEN_INVALID', {
      en: `Send the session's csrfToken (from GET /auth/session) in the ${CSRF_HEADER} header`,
      vi: `Hãy gửi csrfToken của phiên đăng nhập (từ GET /auth/session) trong tiêu đề ${CSRF_HEADER}`,
    });
  }
}

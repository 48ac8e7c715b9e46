import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiProblem } from '../openapi/api-docs';
import { Permission } from './permissions';

export const ACCESS_RULE = 'access-rule';

/** `public`: anyone; `authenticated`: any signed-in account; otherwise the permission required. */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission };

/**
 * Declares who may call an endpoint; the global AccessGuard enforces it and refuses every endpoint
 * that declares nothing. Object-level checks happen in services through requireAccess.
 */
export function Allow(who: Permission | 'public' | 'authenticated') {
  const rule: AccessRule =
    who === 'public' || who === 'authenticated' ? { kind: who } : { kind: 'permission', permission: who };
  // An empty security requirement says in OpenAPI that no token is needed.
  if (rule.kind === 'public') return applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiSecurity({}));
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    // either one: a bearer token (API clients) or the web app's session cookie
    ApiBearerAuth(),
    ApiCookieAuth('session'),
    ApiProblem(401),
    ApiProblem(
      403,
      rule.kind === 'permission'
        ? `Requires the permission ${rule.permission}`
        : 'With the session cookie: X-CSRF-Token is missing or wrong (CSRF_TOKEN_INVALID)',
    ),
  );
}

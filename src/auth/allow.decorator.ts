import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from './roles';

export const ACCESS_RULE = 'access-rule';

/** `public`: anyone; `authenticated`: any signed-in account; otherwise the roles listed. */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/**
 * Declares who may call an endpoint; the global AccessGuard enforces it and refuses every endpoint
 * that declares nothing.
 */
export function Allow(...who: Array<Role | 'public' | 'authenticated'>) {
  const rule: AccessRule = who.includes('public')
    ? { kind: 'public' }
    : who.includes('authenticated')
      ? { kind: 'authenticated' }
      : { kind: 'roles', roles: who as Role[] };
  if (rule.kind === 'public') return SetMetadata(ACCESS_RULE, rule);
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token' }),
    ApiForbiddenResponse({
      description: rule.kind === 'roles' ? `Requires one of: ${rule.roles.join(', ')}` : 'Account disabled',
    }),
  );
}

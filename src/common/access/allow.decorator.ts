import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
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
  if (rule.kind === 'public') return SetMetadata(ACCESS_RULE, rule);
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token' }),
    ApiForbiddenResponse({
      description:
        rule.kind === 'permission' ? `Requires the permission ${rule.permission}` : 'Account disabled',
    }),
  );
}

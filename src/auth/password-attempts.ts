import { applyDecorators, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate-limits password sign-ins per client address (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_SECONDS),
 * with one budget for the bearer login and the cookie sign-in: alternating them gains no attempts.
 */
export const PasswordAttempts = () =>
  applyDecorators(
    UseGuards(ThrottlerGuard),
    Throttle({ login: { generateKey: (_context, tracker, name) => `password-${name}-${tracker}` } }),
  );

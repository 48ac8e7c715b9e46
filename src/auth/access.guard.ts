import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { ACCESS_RULE, AccessRule } from '../common/access/allow.decorator';
import { can, forbidden } from '../common/access/access';
import type { Principal } from '../common/access/principal';
import { TokenService } from './token.service';

/** The one global guard: authenticates the bearer token and applies the endpoint's @Allow rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
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
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = bearerToken(request);
    if (token) request.principal = await this.tokens.authenticate(token);
    if (rule.kind === 'public') return true;
    if (!request.principal) {
      throw new DomainError('UNAUTHENTICATED', {
        en: 'Sign in and send the access token as a Bearer token',
        vi: 'Vui lòng đăng nhập và gửi mã truy cập dạng Bearer',
      });
    }
    if (rule.kind === 'permission' && !can(request.principal, rule.permission)) {
      throw forbidden(rule.permission);
    }
    return true;
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

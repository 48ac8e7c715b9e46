import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { Account, AccountsRepository } from '../accounts';
import { Principal } from '../common/access/principal';

interface TokenClaims {
  sub: string;
}

/** Issues access tokens and turns a presented token back into the account's current principal. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly accounts: AccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(accountId: string): { accessToken: string; expiresIn: number } {
    const claims: TokenClaims = { sub: accountId };
    return { accessToken: this.jwt.sign(claims), expiresIn: this.config.jwt.ttlSeconds };
  }

  /** Re-reads the account on every request so a disabled account's tokens stop working at once. */
  async authenticate(token: string): Promise<Principal> {
    const invalid = () =>
      new DomainError('UNAUTHENTICATED', {
        en: 'The access token is invalid or has expired',
        vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn',
      });
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw invalid();
    }
    // A validly signed token without an account id must not reach the database query (500).
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) throw invalid();
    const account = await this.accounts.findById(claims.sub);
    if (!account || account.disabledAt) throw accountDisabled();
    return principalOf(account);
  }
}

/** The caller an account is, as the guard hands it to endpoints. */
export function principalOf(account: Account): Principal {
  return {
    accountId: account.id,
    email: account.email,
    roles: account.roles,
    intellectualId: account.intellectualId,
    organizationId: account.organizationId,
  };
}

export function accountDisabled(): DomainError {
  return new DomainError('UNAUTHENTICATED', {
    en: 'This account is disabled or no longer exists',
    vi: 'Tài khoản đã bị khóa hoặc không còn tồn tại',
  });
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Account, AccountsRepository } from '../accounts';
import { DomainError } from '../common/errors/domain-error';
import { PasswordHasher } from '../accounts';
import { TokenService } from './token.service';

@Injectable()
export class LoginService {
  /** A hash verified when the email is unknown, so that both failures take as long. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {
    this.dummyHash = hasher.hash(randomUUID());
  }

  async login(email: string, password: string): Promise<{ accessToken: string; expiresIn: number }> {
    return this.tokens.issue((await this.verify(email, password)).id);
  }

  /** The account these credentials sign in; a wrong email, a wrong password and a disabled account all get the same answer. */
  async verify(email: string, password: string): Promise<Account> {
    const account = await this.accounts.findByEmail(email);
    const valid = await this.hasher
      .verify(account?.passwordHash ?? (await this.dummyHash), password)
      .catch(() => false);
    if (!account || !valid || account.disabledAt) throw new DomainError('INVALID_CREDENTIALS');
    return account;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from './account.entity';

/** Persistence of accounts; emails are compared lower-cased. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  findById(id: string): Promise<Account | null> {
    return this.accounts.findOneBy({ id });
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.accounts.findOneBy({ email: email.toLowerCase() });
  }

  list(limit: number, offset: number): Promise<[Account[], number]> {
    return this.accounts.findAndCount({ order: { createdAt: 'ASC' }, take: limit, skip: offset });
  }

  /** The id of the catalog organization with this short name (demo accounts name theirs so). */
  async organizationIdOf(shortName: string): Promise<string | null> {
    const rows = await this.accounts.manager.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = $1`,
      [shortName],
    );
    return rows[0]?.id ?? null;
  }

  count(): Promise<number> {
    return this.accounts.count();
  }
}

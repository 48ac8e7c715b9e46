import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from './password-hasher';
import { Account } from './account.entity';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { BootstrapAccountsService } from './bootstrap-accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  controllers: [AccountsController],
  providers: [AccountsRepository, AccountsService, PasswordHasher, BootstrapAccountsService],
  exports: [AccountsRepository, AccountsService, PasswordHasher],
})
export class AccountsModule {}

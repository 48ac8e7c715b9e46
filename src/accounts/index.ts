export { AccountView } from './account.dto';
export { Account } from './account.entity';
export { AccountsModule } from './accounts.module';
export { AccountsRepository } from './accounts.repository';
export { AccountsService } from './accounts.service';
export { PasswordHasher } from './password-hasher';
export { BootstrapAccountsService, DEMO_ACCOUNTS } from './bootstrap-accounts.service';
export type { DemoAccount } from './bootstrap-accounts.service';

import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Role } from '../common/access/roles';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';

export const DEMO_PASSWORD = 'TriThuc@2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: Role[];
  /** The short name of the seeded catalog organization the account acts for (agency). */
  organizationShortName?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'officer@demo.trithuc.local',
    displayName: 'Cán bộ Sở Nội vụ (demo)',
    roles: ['personnel_officer'],
  },
  {
    email: 'association@demo.trithuc.local',
    displayName: 'Cán bộ Liên hiệp Hội (demo)',
    roles: ['association_staff'],
  },
  { email: 'intellectual@demo.trithuc.local', displayName: 'Trí thức (demo)', roles: ['intellectual'] },
  {
    email: 'agency@demo.trithuc.local',
    displayName: 'Sở Khoa học và Công nghệ (demo)',
    roles: ['agency'],
    organizationShortName: 'SKHCN',
  },
];

/** Creates the first admin (and, with SEED_DEMO, one demo account per role) when they are missing. */
@Injectable()
export class BootstrapAccountsService {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly service: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the lines to print once at start (credentials created now). */
  async ensureAccounts(): Promise<string[]> {
    const lines: string[] = [];
    const { email, password } = this.config.admin;
    if (!(await this.accounts.findByEmail(email))) {
      if (!password && !this.config.embedded) {
        throw new Error('ADMIN_PASSWORD: is required to create the first admin account');
      }
      const chosen = password ?? generatedPassword();
      await this.service.create(
        { email, password: chosen, displayName: 'Quản trị hệ thống', roles: ['admin'] },
        undefined,
      );
      lines.push(
        `Admin account: ${email} / ${password ? '(ADMIN_PASSWORD)' : chosen}  <- shown once, keep it`,
      );
    }
    if (this.config.seedDemo) {
      for (const { organizationShortName, ...demo } of DEMO_ACCOUNTS) {
        if (!(await this.accounts.findByEmail(demo.email))) {
          const organizationId = organizationShortName
            ? await this.accounts.organizationIdOf(organizationShortName)
            : null;
          await this.service.create({ ...demo, organizationId, password: DEMO_PASSWORD }, undefined);
        }
      }
      lines.push(...DEMO_ACCOUNTS.map((d) => `Demo ${d.roles[0]}: ${d.email} / ${DEMO_PASSWORD}`));
    }
    this.logger.debug(`accounts ready`);
    return lines;
  }

  /**
   * Gives the admin account `email` a new password (`password`, or a generated one that is returned),
   * audited as a change by the system; for an admin who lost theirs (npm run admin:reset-password).
   */
  async resetAdminPassword(email: string, password?: string): Promise<string> {
    const account = await this.accounts.findByEmail(email);
    if (!account?.roles.includes('admin')) throw new Error(`${email} is not an admin account`);
    const chosen = password ?? generatedPassword();
    await this.service.update(
      account.id,
      { password: chosen },
      undefined,
      'admin password reset from the command line',
    );
    return chosen;
  }
}

function generatedPassword(): string {
  return randomBytes(12).toString('base64url');
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AccountsRepository, AccountsService, DEMO_ACCOUNTS } from '../accounts';
import type { DemoAccount } from '../accounts';
import type { Principal } from '../common/access/principal';
import { Organization } from '../catalog';
import { Intellectual, IntellectualsService, ProfileWriter } from '../intellectuals';
import { CampaignsService, NominationsService } from '../honors';
import { ReviewRequestsService } from '../panels';
import { demoAwardCampaign, demoExemplaryCampaign } from './demo-campaigns';
import { DEMO_NEED_FIELD_CODES, demoRequests } from './demo-requests';
import { toCreateInput } from './create-input';
import type { GeneratedProfile } from './generated-profile';
import { generateProfiles } from './profile-generator';

export const DEMO_PROFILES = 300;
export const DEMO_SEED = 'tri-thuc-khanh-hoa-demo';
const THIS_YEAR = () => new Date().getFullYear();

/**
 * Fills an empty registry with fictional profiles (SEED_DEMO) through the profile service, so they
 * are validated, audited and indexed like any other, and links the demo intellectual account to one.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly writer: ProfileWriter,
    private readonly accounts: AccountsRepository,
    private readonly accountsService: AccountsService,
    private readonly requests: ReviewRequestsService,
    private readonly campaigns: CampaignsService,
    private readonly nominations: NominationsService,
    @InjectRepository(Intellectual) private readonly profiles: Repository<Intellectual>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  /** Returns how many profiles it created: none when the registry already holds any. */
  async seedIfEmpty(): Promise<number> {
    if (await this.profiles.exists({ withDeleted: true })) return 0;
    const started = Date.now();
    const organizationIds = new Map(
      (await this.organizations.findBy({ shortName: Not(IsNull()) })).map((o) => [o.shortName!, o.id]),
    );
    const generated = generateProfiles(
      { seed: DEMO_SEED, asOfYear: new Date().getFullYear() },
      DEMO_PROFILES,
    );
    const ids = await this.intellectuals.createMany(
      generated.map((profile) => toCreateInput(profile, organizationIds)),
      undefined,
      'hr_import',
    );
    for (const [index, profile] of generated.entries()) {
      if (profile.publicProfile) await this.recordConsent(ids[index], 1);
    }
    // the demo intellectual works in the demo task order's fields when someone does, so their board shows it
    const showcase = generated.findIndex((p) => isGoodShowcase(p) && worksIn(p, DEMO_NEED_FIELD_CODES));
    const demoIndex = showcase >= 0 ? showcase : Math.max(generated.findIndex(isGoodShowcase), 0);
    await this.linkDemoAccount(ids[demoIndex]);
    await this.seedDemoRequests();
    // the demo intellectual first, so /me/nominations has something to answer
    const nominees = [
      demoIndex,
      ...generated.flatMap((p, i) => (i !== demoIndex && isGoodShowcase(p) ? [i] : [])),
    ]
      .slice(0, 4)
      .map((index) => ({ id: ids[index], workTitle: generated[index].publications[0]?.title }));
    await this.seedDemoCampaigns(nominees);
    this.logger.log(`Demo data: ${ids.length} fictional profiles in ${Date.now() - started} ms`);
    return ids.length;
  }

  /** The consent a person would give in /me, recorded for the fictional person (audited as such). */
  private async recordConsent(id: string, version: number): Promise<void> {
    await this.writer.change(id, version, undefined, (unit) => {
      unit.profile.publicProfile = true;
      unit.profile.publicProfileConsentedAt = new Date();
      unit.record(
        'intellectual.public_profile_consent',
        { publicProfile: { before: false, after: true } },
        'demo data: consent of a fictional person',
      );
    });
  }

  private async linkDemoAccount(intellectualId: string): Promise<void> {
    const email = DEMO_ACCOUNTS.find((demo) => demo.roles.includes('intellectual'))?.email;
    const account = email ? await this.accounts.findByEmail(email) : null;
    if (account && !account.intellectualId) {
      await this.accountsService.update(account.id, { intellectualId }, undefined);
    }
  }

  /**
   * The demo agency's requests, entered and submitted through the request service like any other;
   * the demo association staff account accepts the task order.
   */
  async seedDemoRequests(): Promise<void> {
    const agency = await this.principalOf(DEMO_ACCOUNTS.find((demo) => demo.organizationShortName));
    if (!agency) return;
    const staff = await this.principalOf(
      DEMO_ACCOUNTS.find((demo) => demo.roles.includes('association_staff')),
    );
    for (const { input, submit, accept } of demoRequests()) {
      const draft = await this.requests.create(input, agency);
      if (!submit) continue;
      const sent = await this.requests.transition(draft.body.id, draft.version, 'submitted', agency);
      if (accept && staff) await this.requests.transition(sent.body.id, sent.version, 'accepted', staff);
    }
  }

  /**
   * Two campaigns taking nominations, set up and opened by the demo association staff, and the demo
   * agency's nominations for the award (the nominees are asked, the demo intellectual among them).
   */
  async seedDemoCampaigns(nominees: Array<{ id: string; workTitle: string | undefined }>): Promise<void> {
    const staff = await this.principalOf(
      DEMO_ACCOUNTS.find((demo) => demo.roles.includes('association_staff')),
    );
    const agency = await this.principalOf(DEMO_ACCOUNTS.find((demo) => demo.organizationShortName));
    if (!staff) return;
    const [award] = await Promise.all(
      [demoAwardCampaign(), demoExemplaryCampaign()].map(async (input) => {
        const draft = await this.campaigns.create(input, staff);
        return this.campaigns.transition(draft.body.id, draft.version, 'open', staff);
      }),
    );
    if (!agency) return;
    for (const [index, nominee] of nominees.entries()) {
      const draft = await this.nominations.create(
        {
          campaignId: award.body.id,
          nomineeId: nominee.id,
          nominatedBy: 'organization',
          category: award.body.categories[index % award.body.categories.length],
          work: {
            title: nominee.workTitle ?? 'Ứng dụng kết quả nghiên cứu tại tỉnh Khánh Hòa',
            summary:
              'Kết quả nghiên cứu đã được chuyển giao và ứng dụng tại các địa phương trong tỉnh, mang lại hiệu quả kinh tế - xã hội rõ rệt.',
            appliedIn: 'Nha Trang, Cam Ranh, Ninh Hòa',
            fromYear: THIS_YEAR() - 5,
            toYear: THIS_YEAR() - 1,
          },
          statement: 'Đơn vị đề cử công trình có đóng góp nổi bật cho sự phát triển của tỉnh.',
        },
        agency,
      );
      await this.nominations.submit(draft.body.id, draft.version, agency);
    }
  }

  private async principalOf(demo: DemoAccount | undefined): Promise<Principal | null> {
    const account = demo ? await this.accounts.findByEmail(demo.email) : null;
    if (!account) return null;
    return {
      accountId: account.id,
      email: account.email,
      roles: account.roles,
      intellectualId: account.intellectualId,
      organizationId: account.organizationId,
    };
  }
}

function worksIn(profile: GeneratedProfile, fieldCodes: readonly string[]): boolean {
  return [profile.primaryFieldCode, ...profile.fieldCodes].some((code) => fieldCodes.includes(code));
}

/** An active resident with publications makes the demo profile worth showing. */
function isGoodShowcase(profile: GeneratedProfile): boolean {
  return profile.status === 'active' && profile.countryCode === 'VN' && profile.publications.length > 0;
}

import { Injectable } from '@nestjs/common';
import { Principal } from '../common/access/principal';
import { FIELD_GROUPS, SelfUpdateDto } from './dto/profile.dto';
import { Tagged } from '../common/http/etag';
import { IntellectualsService } from './intellectuals.service';
import { personMayChange, protectedFacts } from './fact-ownership';
import { ownProfileId } from '../common/access/access';
import { applyFacts, assertValidFacts, planFacts } from './profile-facts';
import { ProfileView } from './profile-view';
import { ProfileWriter } from './profile-writer';
import { unverified } from './profile-parts.service';
import { factReferences, ReferenceChecker } from './validation/reference-checker';

/**
 * /me: the linked person reads their whole record and edits what is theirs (FACT_OWNERSHIP): facts
 * they own at any time, and facts the records own only while no one else recorded them; the rest
 * changes through a correction request.
 */
@Injectable()
export class SelfService {
  constructor(
    private readonly intellectuals: IntellectualsService,
    private readonly writer: ProfileWriter,
    private readonly references: ReferenceChecker,
  ) {}

  get(principal: Principal): Promise<Tagged<ProfileView>> {
    return this.intellectuals.get(ownProfileId(principal), principal);
  }

  async update(principal: Principal, version: number, input: SelfUpdateDto): Promise<Tagged<ProfileView>> {
    const id = ownProfileId(principal);
    await this.references.assertExist(factReferences({ ...input }));
    const saved = await this.writer.change(id, version, principal, async (unit) => {
      const plan = planFacts(unit.profile, input);
      const provenance = unit.profile.provenance;
      const locked = plan.fields.filter(
        (field) => !personMayChange(FIELD_GROUPS[field], provenance[FIELD_GROUPS[field]]?.source),
      );
      if (locked.length) throw protectedFacts(locked);
      await assertValidFacts(unit, plan);
      if (plan.fields.length === 0) return;
      const changes = applyFacts(unit.profile, plan, unverified('self_declared'));
      unit.record('intellectual.self_update', changes, 'self-service');
    });
    return this.intellectuals.viewAfterWrite(id, saved.version, principal);
  }

  /** Explicit consent to (or withdrawal of) a public profile in the directory, with its time. */
  async consent(principal: Principal, version: number, consent: boolean): Promise<Tagged<ProfileView>> {
    const id = ownProfileId(principal);
    const saved = await this.writer.change(id, version, principal, (unit) => {
      if (unit.profile.publicProfile === consent) return;
      unit.profile.publicProfile = consent;
      unit.profile.publicProfileConsentedAt = consent ? new Date() : null;
      unit.record(
        consent ? 'intellectual.public_profile_consent' : 'intellectual.public_profile_withdrawal',
        { publicProfile: { before: !consent, after: consent } },
        'consent to a public profile in the directory',
      );
    });
    return this.intellectuals.viewAfterWrite(id, saved.version, principal);
  }
}

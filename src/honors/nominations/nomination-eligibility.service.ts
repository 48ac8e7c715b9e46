import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldChanges } from '../../audit';
import { DomainError } from '../../common/errors/domain-error';
import { CriterionResult, EligibilityService, HonorCampaign } from '../campaigns';
import { effectiveCriteria, isEligible, resultsDiffer } from './nomination-rules';
import { STANDING_STATES } from './nomination-states';
import { HonorNomination } from './nomination.entity';
import { NominationStore } from './nomination-store';

/** The stored eligibility columns for these results, with the nomination's overrides and signatures. */
export function eligibilityColumns(
  nomination: Pick<HonorNomination, 'overrides' | 'declarations'>,
  results: CriterionResult[],
): Pick<HonorNomination, 'eligibility' | 'eligible' | 'evaluatedAt'> {
  const criteria = effectiveCriteria(results, nomination.overrides, nomination.declarations);
  return { eligibility: results, eligible: isEligible(criteria), evaluatedAt: new Date() };
}

/** The outcomes that changed between two evaluations, as audit changes. */
export function outcomeChanges(
  before: HonorNomination,
  after: Pick<HonorNomination, 'eligibility' | 'eligible' | 'overrides' | 'declarations'>,
): FieldChanges {
  const was = effectiveCriteria(before.eligibility ?? [], before.overrides, before.declarations);
  const now = effectiveCriteria(after.eligibility ?? [], after.overrides, after.declarations);
  const changes: FieldChanges = {};
  now.forEach((criterion, index) => {
    if (was[index]?.effectiveOutcome !== criterion.effectiveOutcome) {
      changes[`criteria[${index}].outcome`] = {
        before: was[index]?.effectiveOutcome ?? null,
        after: criterion.effectiveOutcome,
      };
    }
  });
  if (before.eligible !== after.eligible)
    changes.eligible = { before: before.eligible, after: after.eligible };
  return changes;
}

/**
 * Keeps a nomination's stored eligibility in step with the nominee's registry facts. There is no
 * event for "a person's facts changed" that names every fact the criteria read (parts, organization,
 * status), so standing nominations are evaluated again whenever they are read while their campaign
 * is open, and the new results are stored (audited, a new version) only when they differ. Once the
 * campaign leaves `open` the stored results are what the review works from.
 */
@Injectable()
export class NominationEligibility {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly store: NominationStore,
  ) {}

  evaluate(manager: EntityManager, campaign: HonorCampaign, nomination: HonorNomination) {
    return this.eligibility.evaluateEligibility(campaign, nomination.nomineeId, manager);
  }

  /** Re-evaluates `nominations` (loaded with their campaign) that may still change; updates them in place. */
  async refresh(nominations: HonorNomination[]): Promise<void> {
    for (const nomination of nominations) {
      const campaign = nomination.campaign;
      if (!campaign || campaign.state !== 'open' || !STANDING_STATES.includes(nomination.state)) continue;
      const fresh = await this.eligibility
        .evaluateEligibility(campaign, nomination.nomineeId)
        // a nominee merged away keeps the results last stored; staff see the merge on the profile
        .catch((error: unknown) => {
          if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
          throw error;
        });
      if (!fresh || !resultsDiffer(nomination.eligibility, fresh)) continue;
      const columns = eligibilityColumns(nomination, fresh);
      const changes = outcomeChanges(nomination, { ...nomination, ...columns });
      // a concurrent write got there first: its stored results are as fresh, keep them
      await this.store.dataSource.transaction((manager) =>
        this.store.save(manager, nomination, columns, {
          actor: undefined,
          action: 'honor_nomination.reevaluate',
          changes: {
            ...changes,
            evaluatedAt: { before: nomination.evaluatedAt, after: columns.evaluatedAt },
          },
        }),
      );
    }
  }
}

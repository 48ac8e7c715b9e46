import { DataSource } from 'typeorm';
import { HonorCampaign } from '../../../src/honors/campaigns/honor-campaign.entity';
import { HonorCouncilMember } from '../../../src/honors/councils/council-member.entity';
import { HonorCouncil } from '../../../src/honors/councils/honor-council.entity';
import { HonorRecusal } from '../../../src/honors/councils/recusal.entity';
import { HonorNomination } from '../../../src/honors/nominations/nomination.entity';
import type { PanelRole } from '../../../src/panels';

/**
 * The honor review's rows written directly (the review tests do not test seating councils or starting
 * the review, which src/honors/councils does): accepted nominations, the review started, a seated
 * council with scoring opened and its recusals.
 */

/** An accepted nomination of the person in the campaign, submitted at `submittedAt`. */
export async function acceptedNomination(
  dataSource: DataSource,
  spec: { campaignId: string; nomineeId: string; createdBy: string; submittedAt: Date; title?: string },
): Promise<string> {
  const nomination = await dataSource.manager.save(
    dataSource.manager.create(HonorNomination, {
      campaignId: spec.campaignId,
      nomineeId: spec.nomineeId,
      nominatedBy: 'staff',
      nominatorOrganizationId: null,
      createdBy: spec.createdBy,
      category: null,
      work: spec.title
        ? {
            title: spec.title,
            summary: 'Công trình ứng dụng tại tỉnh.',
            appliedIn: null,
            fromYear: 2020,
            toYear: 2024,
          }
        : null,
      workTitleKey: null,
      statement: '',
      declarations: [],
      overrides: [],
      eligibility: [],
      eligible: true,
      evaluatedAt: spec.submittedAt,
      state: 'accepted',
      submittedAt: spec.submittedAt,
      answeredAt: spec.submittedAt,
      declineReason: null,
      reachedRound: null,
      prizeLevelCode: null,
      version: 1,
    }),
  );
  return nomination.id;
}

/** The review starts: the campaign is in review in round 1 and its nominations reached round 1. */
export async function startReview(dataSource: DataSource, campaignId: string, nominationIds: string[]) {
  await dataSource.transaction(async (manager) => {
    await manager.update(HonorCampaign, { id: campaignId }, { state: 'in_review', currentRound: 1 });
    for (const id of nominationIds) await manager.update(HonorNomination, { id }, { reachedRound: 1 });
  });
}

export interface SeatSpec {
  intellectualId: string;
  role: PanelRole;
}

/**
 * A council for the round with these members and, unless `scoringOpen` is false, scoring opened with
 * the recusals given (not lifted). Returns the council and its member rows by intellectual id.
 */
export async function seatCouncil(
  dataSource: DataSource,
  spec: {
    campaignId: string;
    round: number;
    addedBy: string;
    members: SeatSpec[];
    recusals?: Array<{ intellectualId: string; nominationId: string }>;
    scoringOpen?: boolean;
  },
): Promise<{ councilId: string; memberIds: Record<string, string> }> {
  return dataSource.transaction(async (manager) => {
    const council = await manager.save(
      manager.create(HonorCouncil, {
        campaignId: spec.campaignId,
        round: spec.round,
        scoringOpenedAt: spec.scoringOpen === false ? null : new Date(),
      }),
    );
    const memberIds: Record<string, string> = {};
    for (const member of spec.members) {
      const saved = await manager.save(
        manager.create(HonorCouncilMember, { councilId: council.id, addedBy: spec.addedBy, ...member }),
      );
      memberIds[member.intellectualId] = saved.id;
    }
    for (const recusal of spec.recusals ?? []) {
      await manager.insert(HonorRecusal, {
        councilMemberId: memberIds[recusal.intellectualId],
        nominationId: recusal.nominationId,
        conflicts: [
          {
            rule: 'co_authorship',
            severity: 'block',
            evidence: { source: 'publication', id: null, label: 'Bài báo chung', year: 2023 },
          },
        ] as never,
        liftedReason: null,
        liftedBy: null,
        liftedAt: null,
      });
    }
    return { councilId: council.id, memberIds };
  });
}

/**
 * Round 1 of a campaign in review with one nominee and a council of three (chair, secretary,
 * member), scoring opened unless `scoringOpen` is false: the scoring pages' usual start. Returns the
 * nomination's id.
 */
export async function oneNomineeRound(
  dataSource: DataSource,
  spec: {
    campaignId: string;
    nominee: { id: string; fullName: string };
    staffId: string;
    council: { chair: { id: string }; secretary: { id: string }; member: { id: string } };
    scoringOpen?: boolean;
  },
): Promise<string> {
  const nominationId = await acceptedNomination(dataSource, {
    campaignId: spec.campaignId,
    nomineeId: spec.nominee.id,
    createdBy: spec.staffId,
    submittedAt: new Date(Date.UTC(2026, 5, 1)),
    title: `Công trình của ${spec.nominee.fullName}`,
  });
  await startReview(dataSource, spec.campaignId, [nominationId]);
  await seatCouncil(dataSource, {
    campaignId: spec.campaignId,
    round: 1,
    addedBy: spec.staffId,
    scoringOpen: spec.scoringOpen,
    members: [
      { intellectualId: spec.council.chair.id, role: 'chair' },
      { intellectualId: spec.council.secretary.id, role: 'secretary' },
      { intellectualId: spec.council.member.id, role: 'member' },
    ],
  });
  return nominationId;
}

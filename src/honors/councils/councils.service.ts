import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditEntry, AuditService } from '../../audit';
import { can, requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { staleVersion, Tagged } from '../../common/http/etag';
import {
  checkPanel,
  ConflictsService,
  loadPanelPeople,
  mayBeProposedForPanels,
  PanelLoadService,
  PanelPolicyService,
  refuseBrokenRules,
  violationView,
} from '../../panels';
import type { PanelPerson, PanelRequirements, PanelRole, SeatFacts, Violation } from '../../panels';
import { CAMPAIGN_NOT_FOUND, HonorCampaign, scoringNotDefined } from '../campaigns';
import { HonorNomination } from '../nominations/nomination.entity';
import { HonorCouncilMember } from './council-member.entity';
import {
  findRecusals,
  findRound,
  RecusalFlags,
  roundNominations,
  roundOf,
  RoundInfo,
  RoundLock,
} from './council-round';
import { councilTargetOf, CouncilSeatsService } from './council-seats.service';
import { LiftRecusalDto, ReplaceCouncilDto } from './council.dto';
import {
  CouncilMemberView,
  CouncilNomineeView,
  CouncilRoundList,
  CouncilRoundView,
  CouncilView,
  RecusalView,
  RoundNomineeList,
} from './council.views';
import { HonorCouncil } from './honor-council.entity';
import { HonorRecusal } from './recusal.entity';
import { ScoringLinkMail } from './scoring-link-mail';

/** A council of 3 to 15 members, with the panels' roles (one chair, one secretary) and limits. */
export const COUNCIL_REQUIREMENTS: PanelRequirements = {
  sizeMin: 3,
  sizeMax: 15,
  fieldCodes: [],
  rolesWanted: {},
};

const RECUSAL_NOT_FOUND = () => DomainError.notFound('Recusal', 'việc không tham gia chấm hồ sơ');

/** What the council routes work on: the campaign, the round and its council, if any (locked for a write). */
interface CouncilTarget {
  campaign: HonorCampaign;
  info: RoundInfo;
  council: HonorCouncil | null;
}

interface Entry {
  intellectualId: string;
  role: PanelRole;
}

/**
 * The councils of a campaign's review rounds (issue 13, "Review"): staff seat the members with the
 * panels' roles and composition rules, the panels' conflict rules recuse a member from each nominee
 * they have a conflict with (shown while the council forms, recorded when scoring opens), and staff
 * may lift a recusal with a reason. Every write is one transaction with its audit entries.
 */
@Injectable()
export class CouncilsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly conflicts: ConflictsService,
    private readonly policy: PanelPolicyService,
    private readonly load: PanelLoadService,
    private readonly seats: CouncilSeatsService,
    private readonly linkMail: ScoringLinkMail,
  ) {}

  async get(campaignId: string, round: number, principal: Principal): Promise<Tagged<CouncilView>> {
    requireAccess(principal, Permission.HonorsManage);
    const manager = this.dataSource.manager;
    const { campaign, info, council } = await loadTarget(manager, campaignId, round);
    const view = await this.view(manager, campaign, info, council);
    return new Tagged(view, view.version);
  }

  /** Replaces the member list (If-Match: the council's ETag, "0" before its first members). */
  async replace(
    campaignId: string,
    round: number,
    version: number,
    input: ReplaceCouncilDto,
    principal: Principal,
  ): Promise<Tagged<CouncilView>> {
    return this.write(campaignId, round, version, principal, async (manager, { campaign, info, council }) => {
      assertEditable(campaign, info, council);
      assertNoDuplicates(input);
      const rows = council ? await membersOf(manager, council) : [];
      const nominations = await roundNominations(manager, campaignId, round);
      const people = await loadPanelPeople(manager, [
        ...input.members.map((m) => m.intellectualId),
        ...nominations.map((n) => n.nomineeId),
      ]);
      assertMaySit(input.members, people);
      assertNoNominees(input.members, nominations, people);
      refuseBrokenRules(await this.violationsOf(manager, input.members, people), input, nameIn(people));

      const before = sorted(rows.map(summaryOf));
      const after = sorted(input.members.map(summaryOf));
      if (council && JSON.stringify(before) === JSON.stringify(after)) return council;
      const saved = await saveCouncil(manager, campaignId, round, council);
      const listed = new Map(input.members.map((m) => [m.intellectualId, m]));
      const leaving = rows.filter((row) => !listed.has(row.intellectualId));
      if (leaving.length) await manager.delete(HonorCouncilMember, { id: In(leaving.map((row) => row.id)) });
      const existing = new Map(rows.map((row) => [row.intellectualId, row]));
      for (const member of input.members) {
        const row = existing.get(member.intellectualId);
        if (!row) {
          await manager.insert(HonorCouncilMember, {
            councilId: saved.id,
            intellectualId: member.intellectualId,
            role: member.role,
            addedBy: principal.accountId,
          });
        } else if (row.role !== member.role) {
          await manager.update(HonorCouncilMember, { id: row.id }, { role: member.role });
        }
      }
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_council.members_replaced',
        entityType: 'honor_council',
        entityId: saved.id,
        changes: { members: { before, after } },
      });
      return saved;
    });
  }

  /**
   * Opens scoring for the campaign's current round: the council must satisfy the rules, its members
   * are fixed from now on and the recusals the conflict rules find are recorded with their flags.
   */
  async openScoring(
    campaignId: string,
    round: number,
    version: number,
    principal: Principal,
  ): Promise<Tagged<CouncilView>> {
    return this.write(campaignId, round, version, principal, async (manager, { campaign, council, info }) => {
      if (campaign.state !== 'in_review' || campaign.currentRound !== round) throw notCurrentRound(campaign);
      if (council?.scoringOpenedAt) throw scoringAlreadyOpen();
      if (!campaign.scoring) throw scoringNotDefined();
      const rows = council ? await membersOf(manager, council) : [];
      const nominations = await roundNominations(manager, campaignId, round);
      const people = await loadPanelPeople(manager, [
        ...rows.map((row) => row.intellectualId),
        ...nominations.map((n) => n.nomineeId),
      ]);
      assertNoNominees(rows, nominations, people);
      refuseBrokenRules(await this.violationsOf(manager, rows, people), { members: rows }, nameIn(people));
      const opened = council as HonorCouncil; // the rules refuse an empty council (no chair, too small)

      const found = await findRecusals(
        this.conflicts,
        manager,
        nominations,
        people,
        rows.map((row) => row.intellectualId),
      );
      const seatOf = new Map(rows.map((row) => [row.intellectualId, row]));
      const recusals = [...found].flatMap(([nominationId, byMember]) =>
        [...byMember].map(([intellectualId, conflicts]) => ({
          councilMemberId: seatOf.get(intellectualId)!.id,
          intellectualId,
          nominationId,
          conflicts,
        })),
      );
      const inserted = recusals.length
        ? await manager.insert(
            HonorRecusal,
            recusals.map(({ councilMemberId, nominationId, conflicts }) => ({
              councilMemberId,
              nominationId,
              conflicts,
            })),
          )
        : null;
      const now = new Date();
      const saved = await bumpCouncil(manager, opened, { scoringOpenedAt: now });
      const audits: AuditEntry[] = [
        {
          actor: principal,
          action: 'honor_council.scoring_opened',
          entityType: 'honor_council',
          entityId: opened.id,
          changes: {
            scoringOpenedAt: { before: null, after: now.toISOString() },
            recusals: {
              before: null,
              after: recusals.map((r) => ({
                intellectualId: r.intellectualId,
                nominationId: r.nominationId,
                rules: r.conflicts.map((flag) => flag.rule),
              })),
            },
          },
        },
        ...recusals.map((r, i): AuditEntry => ({
          actor: principal,
          action: 'honor_recusal.record',
          entityType: 'honor_recusal',
          entityId: String(inserted!.identifiers[i].id),
          changes: {
            councilMemberId: { before: null, after: r.councilMemberId },
            intellectualId: { before: null, after: r.intellectualId },
            nominationId: { before: null, after: r.nominationId },
            conflicts: { before: null, after: r.conflicts.map((flag) => flag.rule) },
          },
        })),
      ];
      await this.audit.recordMany(manager, audits);
      // each member's personal scoring link (scoring-link-mail.ts), sent only if the opening commits
      await this.linkMail.sendAll(manager, campaign, info, rows, { count: nominations.length, recusals });
      return saved;
    });
  }

  /** Lets a recused member score that nominee; the reason is kept on the recusal and audited. */
  async liftRecusal(
    campaignId: string,
    round: number,
    recusalId: string,
    input: LiftRecusalDto,
    principal: Principal,
  ): Promise<Tagged<CouncilView>> {
    // no If-Match: a lift names its recusal, and one already lifted says so
    return this.write(campaignId, round, null, principal, async (manager, { campaign, council }) => {
      if (!council) throw RECUSAL_NOT_FOUND();
      const recusal = await manager
        .createQueryBuilder(HonorRecusal, 'r')
        .innerJoinAndSelect('r.councilMember', 'm')
        .where('r.id = :recusalId AND m.council_id = :councilId', { recusalId, councilId: council.id })
        .setLock('pessimistic_write', undefined, ['r'])
        .getOne();
      if (!recusal) throw RECUSAL_NOT_FOUND();
      if (recusal.liftedAt) throw alreadyLifted(recusal);
      if (campaign.state !== 'in_review') throw reviewOver(campaign);
      const now = new Date();
      await manager.update(
        HonorRecusal,
        { id: recusal.id },
        { liftedReason: input.reason, liftedBy: principal.accountId, liftedAt: now },
      );
      const saved = await bumpCouncil(manager, council);
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_recusal.lift',
        entityType: 'honor_recusal',
        entityId: recusal.id,
        changes: {
          intellectualId: {
            before: recusal.councilMember!.intellectualId,
            after: recusal.councilMember!.intellectualId,
          },
          nominationId: { before: recusal.nominationId, after: recusal.nominationId },
          liftedReason: { before: null, after: input.reason },
          liftedAt: { before: null, after: now.toISOString() },
        },
      });
      return saved;
    });
  }

  /**
   * The round's nominees for council work: staff see all of them; a member only those they are not
   * recused from (a recused-from nominee is absent); anyone not seated is told the round does not exist.
   */
  async nominees(campaignId: string, round: number, principal: Principal): Promise<RoundNomineeList> {
    requireAccess(principal, Permission.HonorCouncilWork);
    const manager = this.dataSource.manager;
    const seat = await this.seats.seatOf(campaignId, round, principal, manager);
    requireAccess(principal, Permission.HonorCouncilWork, councilTargetOf(seat));
    const { info, council } = await loadTarget(manager, campaignId, round);
    const nominations = await roundNominations(manager, campaignId, round);
    const hidden =
      can(principal, Permission.HonorsManage) || !seat || !council
        ? new Set<string>()
        : await this.recusedFor(manager, council, seat, nominations);
    const visible = nominations.filter((n) => !hidden.has(n.id));
    const people = await loadPanelPeople(
      manager,
      visible.map((n) => n.nomineeId),
    );
    return {
      campaignId,
      round,
      roundName: info.name,
      scoringOpen: !!council?.scoringOpenedAt,
      items: visible.map((n) => {
        const person = people.get(n.nomineeId);
        return {
          nominationId: n.id,
          nomineeId: n.nomineeId,
          nomineeName: person?.fullName ?? '',
          organizationName: person?.organizationName ?? null,
          category: n.category,
          work: n.work,
          publicationIds: n.publicationIds,
          intellectualPropertyIds: n.intellectualPropertyIds,
          researchProjectIds: n.researchProjectIds,
        };
      }),
    };
  }

  /** The rounds the caller's linked profile sits on (none without a linked profile), latest first. */
  async myRounds(principal: Principal): Promise<CouncilRoundList> {
    requireAccess(principal, Permission.HonorCouncilWork);
    if (!principal.intellectualId) return { items: [] };
    const manager = this.dataSource.manager;
    const seats = await manager.find(HonorCouncilMember, {
      where: { intellectualId: principal.intellectualId },
      relations: { council: { campaign: true } },
    });
    const items: CouncilRoundView[] = [];
    for (const seat of seats) {
      const council = seat.council!;
      const campaign = council.campaign!;
      const info = roundOf(campaign, council.round);
      const nominations = await roundNominations(manager, campaign.id, council.round);
      const recused = await this.recusedFor(manager, council, seat, nominations);
      items.push({
        campaignId: campaign.id,
        campaignTitle: campaign.title,
        campaignKind: campaign.kind,
        campaignYear: campaign.year,
        campaignState: campaign.state,
        round: council.round,
        roundName: info.name,
        deadline: info.deadline,
        role: seat.role,
        scoringOpen: !!council.scoringOpenedAt,
        nominees: nominations.filter((n) => !recused.has(n.id)).length,
        recusedFrom: recused.size,
      });
    }
    items.sort(
      (a, b) =>
        b.campaignYear - a.campaignYear ||
        a.campaignTitle.localeCompare(b.campaignTitle) ||
        a.campaignId.localeCompare(b.campaignId) ||
        a.round - b.round,
    );
    return { items };
  }

  /** The nominations a member is recused from and may not score: recorded and not lifted, or as found. */
  private async recusedFor(
    manager: EntityManager,
    council: HonorCouncil,
    seat: HonorCouncilMember,
    nominations: readonly HonorNomination[],
  ): Promise<Set<string>> {
    if (council.scoringOpenedAt) {
      const rows = await manager.find(HonorRecusal, {
        select: { id: true, nominationId: true },
        where: { councilMemberId: seat.id, liftedAt: IsNull() },
      });
      return new Set(rows.map((row) => row.nominationId));
    }
    const people = await loadPanelPeople(
      manager,
      nominations.map((n) => n.nomineeId),
    );
    const found = await findRecusals(this.conflicts, manager, nominations, people, [seat.intellectualId]);
    return new Set(found.keys());
  }

  /**
   * One council write, in one transaction: the campaign row taken for update (it orders council work
   * against the campaign's transitions), the round, the council row taken for update and, with a
   * version, the If-Match check ("0" before the council exists). `change` returns the council to show.
   */
  private async write(
    campaignId: string,
    round: number,
    version: number | null,
    principal: Principal,
    change: (manager: EntityManager, target: CouncilTarget) => Promise<HonorCouncil | null>,
  ): Promise<Tagged<CouncilView>> {
    requireAccess(principal, Permission.HonorsManage);
    const view = await this.dataSource.transaction(async (manager) => {
      const target = await loadTarget(manager, campaignId, round, 'update');
      if (version !== null && (target.council?.version ?? 0) !== version) throw staleVersion();
      const changed = await change(manager, target);
      return this.view(manager, target.campaign, target.info, changed);
    });
    return new Tagged(view, view.version);
  }

  private async violationsOf(
    manager: EntityManager,
    entries: readonly Entry[],
    people: ReadonlyMap<string, PanelPerson>,
  ): Promise<Violation[]> {
    const load = await this.load.loadOf(
      entries.map((e) => e.intellectualId),
      manager,
    );
    const seats: SeatFacts[] = entries.map((entry) => {
      const person = people.get(entry.intellectualId);
      return {
        intellectualId: entry.intellectualId,
        role: entry.role,
        organizationId: person?.organizationId ?? null,
        fieldTree: person?.fieldTree ?? [],
        gender: person?.gender ?? null,
        ageBand: person?.ageBand ?? null,
        overseas: person?.overseas ?? false,
        // conflicts are with nominees, not with the council: they recuse, they do not block a seat
        conflicts: [],
        overrideReason: null,
        otherActivePanels: load.get(entry.intellectualId) ?? 0,
      };
    });
    return checkPanel(seats, COUNCIL_REQUIREMENTS, this.policy.limits, false);
  }

  private async view(
    manager: EntityManager,
    campaign: HonorCampaign,
    info: RoundInfo,
    council: HonorCouncil | null,
  ): Promise<CouncilView> {
    const rows = council ? await membersOf(manager, council) : [];
    const nominations = await roundNominations(manager, campaign.id, info.round);
    const people = await loadPanelPeople(manager, [
      ...rows.map((row) => row.intellectualId),
      ...nominations.map((n) => n.nomineeId),
    ]);
    const name = nameIn(people);
    const byNomination = new Map(nominations.map((n) => [n.id, n]));
    const bySeat = new Map(rows.map((row) => [row.id, row]));
    const bySeatPerson = new Map(rows.map((row) => [row.intellectualId, row]));
    let recusals: RecusalView[];
    if (council?.scoringOpenedAt) {
      const recorded = rows.length
        ? await manager.find(HonorRecusal, {
            where: { councilMemberId: In(rows.map((row) => row.id)) },
            order: { recordedAt: 'ASC', id: 'ASC' },
          })
        : [];
      recusals = recorded.flatMap((r) => {
        const seat = bySeat.get(r.councilMemberId);
        const nomination = byNomination.get(r.nominationId);
        if (!seat || !nomination) return [];
        return [
          {
            id: r.id,
            intellectualId: seat.intellectualId,
            memberName: name(seat.intellectualId),
            nominationId: nomination.id,
            nomineeName: name(nomination.nomineeId),
            conflicts: r.conflicts,
            recused: r.liftedAt === null,
            liftedReason: r.liftedReason,
            liftedBy: r.liftedBy,
            liftedAt: r.liftedAt?.toISOString() ?? null,
          },
        ];
      });
    } else {
      const found: RecusalFlags = await findRecusals(
        this.conflicts,
        manager,
        nominations,
        people,
        rows.map((row) => row.intellectualId),
      );
      recusals = [...found].flatMap(([nominationId, byMember]) =>
        [...byMember]
          .filter(([intellectualId]) => bySeatPerson.has(intellectualId))
          .map(([intellectualId, conflicts]) => ({
            id: null,
            intellectualId,
            memberName: name(intellectualId),
            nominationId,
            nomineeName: name(byNomination.get(nominationId)!.nomineeId),
            conflicts,
            recused: true,
            liftedReason: null,
            liftedBy: null,
            liftedAt: null,
          })),
      );
    }
    const violations = await this.violationsOf(manager, rows, people);
    const members = rows.map((row): CouncilMemberView => ({
      id: row.id,
      intellectualId: row.intellectualId,
      fullName: name(row.intellectualId),
      organizationName: people.get(row.intellectualId)?.organizationName ?? null,
      role: row.role,
      recusals: recusals.filter((r) => r.intellectualId === row.intellectualId),
    }));
    const nominees = nominations.map((n): CouncilNomineeView => ({
      nominationId: n.id,
      nomineeId: n.nomineeId,
      nomineeName: name(n.nomineeId),
      organizationName: people.get(n.nomineeId)?.organizationName ?? null,
      category: n.category,
      workTitle: n.work?.title ?? null,
      recusals: recusals.filter((r) => r.nominationId === n.id),
    }));
    return {
      campaignId: campaign.id,
      round: info.round,
      roundName: info.name,
      deadline: info.deadline,
      current: campaign.currentRound === info.round,
      version: council?.version ?? 0,
      scoringOpenedAt: council?.scoringOpenedAt?.toISOString() ?? null,
      editable: isEditable(campaign, info, council),
      members,
      violations: violations.map(violationView),
      nominees,
    };
  }
}

/** The campaign (404 if none), its round (404 if it has no such round) and the round's council, if any. */
async function loadTarget(
  manager: EntityManager,
  campaignId: string,
  round: number,
  lock?: RoundLock,
): Promise<CouncilTarget> {
  const { campaign, council } = await findRound(manager, campaignId, round, lock);
  if (!campaign) throw CAMPAIGN_NOT_FOUND();
  return { campaign, info: roundOf(campaign, round), council };
}

function membersOf(manager: EntityManager, council: HonorCouncil): Promise<HonorCouncilMember[]> {
  return manager.find(HonorCouncilMember, {
    where: { councilId: council.id },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/** Creates the round's council (version 1) or bumps its version, guarded by the version read. */
async function saveCouncil(
  manager: EntityManager,
  campaignId: string,
  round: number,
  council: HonorCouncil | null,
): Promise<HonorCouncil> {
  if (!council) return manager.save(manager.create(HonorCouncil, { campaignId, round, version: 1 }));
  return bumpCouncil(manager, council);
}

/** Bumps the council's version (with `set`), guarded by the version read: 412 if it moved. */
async function bumpCouncil(
  manager: EntityManager,
  council: HonorCouncil,
  set: Pick<Partial<HonorCouncil>, 'scoringOpenedAt'> = {},
): Promise<HonorCouncil> {
  const bumped = await manager
    .createQueryBuilder()
    .update(HonorCouncil)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: council.id, version: council.version })
    .execute();
  if (bumped.affected !== 1) throw staleVersion();
  return { ...council, ...set, version: council.version + 1 };
}

/** Members change while the campaign is in review, for its current or a later round, until scoring opens. */
function isEditable(campaign: HonorCampaign, info: RoundInfo, council: HonorCouncil | null): boolean {
  return (
    campaign.state === 'in_review' && info.round >= (campaign.currentRound ?? 1) && !council?.scoringOpenedAt
  );
}

function assertEditable(campaign: HonorCampaign, info: RoundInfo, council: HonorCouncil | null): void {
  if (isEditable(campaign, info, council)) return;
  if (council?.scoringOpenedAt) {
    throw new DomainError('COUNCIL_NOT_EDITABLE', {
      en: 'Scoring has opened for this round: its council’s members are fixed',
      vi: 'Vòng xét chọn đã bắt đầu chấm điểm: thành viên hội đồng không còn thay đổi được',
    });
  }
  if (campaign.state !== 'in_review') throw reviewOver(campaign);
  throw new DomainError('COUNCIL_NOT_EDITABLE', {
    en: `Round ${info.round} is over (the campaign is in round ${campaign.currentRound})`,
    vi: `Vòng ${info.round} đã kết thúc (đợt xét chọn đang ở vòng ${campaign.currentRound})`,
  });
}

function reviewOver(campaign: HonorCampaign): DomainError {
  return new DomainError('COUNCIL_NOT_EDITABLE', {
    en: `Councils work only while the campaign is in review (it is ${campaign.state})`,
    vi: 'Hội đồng chỉ làm việc khi đợt xét chọn đang ở trạng thái "đang xét chọn"',
  });
}

function notCurrentRound(campaign: HonorCampaign): DomainError {
  return new DomainError('COUNCIL_NOT_EDITABLE', {
    en:
      campaign.state === 'in_review'
        ? `Scoring opens only for the campaign’s current round (${campaign.currentRound})`
        : 'Scoring opens only while the campaign is in review',
    vi:
      campaign.state === 'in_review'
        ? `Chỉ mở chấm điểm cho vòng hiện tại của đợt xét chọn (vòng ${campaign.currentRound})`
        : 'Chỉ mở chấm điểm khi đợt xét chọn đang ở trạng thái "đang xét chọn"',
  });
}

function scoringAlreadyOpen(): DomainError {
  return new DomainError('COUNCIL_NOT_EDITABLE', {
    en: 'Scoring is already open for this round',
    vi: 'Vòng xét chọn này đã mở chấm điểm',
  });
}

function alreadyLifted(recusal: HonorRecusal): DomainError {
  return new DomainError('RECUSAL_ALREADY_LIFTED', {
    en: `This recusal was lifted on ${recusal.liftedAt!.toISOString()}: ${recusal.liftedReason}`,
    vi: `Việc không tham gia chấm này đã được bỏ lúc ${recusal.liftedAt!.toISOString()}: ${recusal.liftedReason}`,
  });
}

function assertNoDuplicates(input: ReplaceCouncilDto): void {
  const seen = new Set<string>();
  input.members.forEach((member, i) => {
    if (seen.has(member.intellectualId)) {
      throw DomainError.invalidField(
        `members[${i}].intellectualId`,
        'Each intellectual appears once in the member list',
        'Mỗi trí thức chỉ xuất hiện một lần trong danh sách thành viên',
      );
    }
    seen.add(member.intellectualId);
  });
}

/** Everyone listed exists and may sit on a council (the panels' rule; retired people may). */
function assertMaySit(members: readonly Entry[], people: ReadonlyMap<string, PanelPerson>): void {
  const problems: FieldProblem[] = [];
  members.forEach((member, i) => {
    const person = people.get(member.intellectualId);
    if (!person || !mayBeProposedForPanels(person.eligibility, { includeRetired: true })) {
      problems.push({
        field: `members[${i}].intellectualId`,
        message: 'No such intellectual who may sit on a council (unknown, deleted or deceased)',
        messageVi: 'Không có trí thức này hoặc người này không thể tham gia hội đồng (đã xóa hoặc đã mất)',
      });
    }
  });
  if (problems.length) {
    throw new DomainError('UNPROCESSABLE', { en: problems[0].message, vi: problems[0].messageVi }, problems);
  }
}

/** 422 naming each member who is a nominee of the round. */
function assertNoNominees(
  members: readonly Entry[],
  nominations: readonly HonorNomination[],
  people: ReadonlyMap<string, PanelPerson>,
): void {
  const nominees = new Set(nominations.map((n) => n.nomineeId));
  const problems: FieldProblem[] = [];
  members.forEach((member, i) => {
    if (!nominees.has(member.intellectualId)) return;
    const name = people.get(member.intellectualId)?.fullName ?? member.intellectualId;
    problems.push({
      field: `members[${i}].intellectualId`,
      message: `${name} is a nominee of this round and cannot sit on its council`,
      messageVi: `${name} là người được đề cử trong vòng này nên không thể là thành viên hội đồng`,
    });
  });
  if (problems.length) {
    throw new DomainError(
      'NOMINEE_ON_COUNCIL',
      { en: problems[0].message, vi: problems[0].messageVi },
      problems,
    );
  }
}

const nameIn =
  (people: ReadonlyMap<string, PanelPerson>) =>
  (id: string): string =>
    people.get(id)?.fullName ?? id;

function summaryOf(member: Entry): Entry {
  return { intellectualId: member.intellectualId, role: member.role };
}

function sorted(members: Entry[]): Entry[] {
  return [...members].sort((a, b) => a.intellectualId.localeCompare(b.intellectualId));
}

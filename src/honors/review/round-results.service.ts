import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditEntry, AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { staleVersion, Tagged } from '../../common/http/etag';
import { HonorCampaign } from '../campaigns';
import { HonorCouncil } from '../councils/honor-council.entity';
import { HonorNomination } from '../nominations/nomination.entity';
import { aggregateRound, RoundResult } from './aggregation';
import {
  alreadyConfirmed,
  notAnOfficerSeat,
  quotaTie,
  resultChanged,
  roundNotCurrent,
  scoringNotOpen,
  sheetsMissing,
} from './review-problems';
import { isRecused, loadBoard, loadRound, RoundBoard, RoundContext } from './review-seats';
import { ConfirmationView, RoundProgressView, RoundResultView } from './review.views';

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rounded for display only; the stored and computed results keep every digit. */
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Expected sheets: every member × every nominee of the round they are not recused from. */
function expectedPairs(board: RoundBoard) {
  return board.members.flatMap((member) =>
    board.nominations
      .filter((nomination) => !isRecused(board, member.id, nomination.id))
      .map((nomination) => ({ member, nomination })),
  );
}

const submittedSheet = (board: RoundBoard, memberId: string, nominationId: string) =>
  board.sheets.find(
    (sheet) => sheet.councilMemberId === memberId && sheet.nominationId === nominationId && sheet.submittedAt,
  );

/**
 * The round's result computed from what is stored: the campaign's scoring and prize levels, the
 * round's nominations with their submission times, and every submitted sheet of a member not recused
 * from its nominee (memberId: the member's intellectual id), in a fixed order so that computing it again
 * gives the same inputs.
 */
export function computeRound(context: RoundContext, board: RoundBoard): RoundResult {
  const memberById = new Map(board.members.map((member) => [member.id, member]));
  const nominationIds = new Set(board.nominations.map((nomination) => nomination.id));
  const sheets = board.sheets
    .filter(
      (sheet) =>
        sheet.submittedAt &&
        nominationIds.has(sheet.nominationId) &&
        !isRecused(board, sheet.councilMemberId, sheet.nominationId),
    )
    .map((sheet) => ({
      memberId: memberById.get(sheet.councilMemberId)!.intellectualId,
      nominationId: sheet.nominationId,
      scores: sheet.scores,
      submitted: true,
    }))
    // by code unit, as PostgreSQL orders uuids (a collation would skip the hyphens)
    .sort((a, b) => compareIds(a.nominationId, b.nominationId) || compareIds(a.memberId, b.memberId));
  return aggregateRound({
    definition: context.campaign.scoring!,
    round: context.round,
    final: context.final,
    prizeLevels: context.campaign.prizeLevels,
    nominations: board.nominations.map((nomination) => ({
      nominationId: nomination.id,
      submittedAt: (nomination.submittedAt ?? nomination.createdAt).toISOString(),
    })),
    sheets,
  });
}

function confirmationOf(council: HonorCouncil): ConfirmationView {
  return {
    secretaryConfirmedBy: council.secretaryConfirmedBy,
    secretaryConfirmedAt: council.secretaryConfirmedAt?.toISOString() ?? null,
    chairConfirmedBy: council.chairConfirmedBy,
    chairConfirmedAt: council.chairConfirmedAt?.toISOString() ?? null,
    confirmed: !!council.secretaryConfirmedAt && !!council.chairConfirmedAt,
  };
}

/**
 * The secretary's and chair's side of a round (staff see it too): progress per member and per nominee,
 * the result from the stored sheets, and its confirmation by both, which applies the round's outcome.
 */
@Injectable()
export class RoundResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async progress(campaignId: string, round: number, principal: Principal): Promise<RoundProgressView> {
    const manager = this.dataSource.manager;
    const context = await loadRound(manager, campaignId, round, principal, { officersOnly: true });
    const board = await loadBoard(manager, context);
    const expected = expectedPairs(board);
    const done = expected.filter(({ member, nomination }) => submittedSheet(board, member.id, nomination.id));
    const nameOf = (member: RoundBoard['members'][number]) => member.intellectual?.fullName ?? '';
    return {
      campaignId,
      round,
      scoringOpenedAt: context.council.scoringOpenedAt?.toISOString() ?? null,
      submitted: done.length,
      expected: expected.length,
      members: board.members.map((member) => ({
        memberId: member.id,
        intellectualId: member.intellectualId,
        name: nameOf(member),
        role: member.role,
        submitted: done.filter((pair) => pair.member === member).length,
        drafts: board.sheets.filter(
          (sheet) =>
            sheet.councilMemberId === member.id &&
            !sheet.submittedAt &&
            expected.some((pair) => pair.member === member && pair.nomination.id === sheet.nominationId),
        ).length,
        expected: expected.filter((pair) => pair.member === member).length,
        recusedFrom: board.nominations
          .filter((nomination) => isRecused(board, member.id, nomination.id))
          .map((nomination) => nomination.id),
      })),
      nominees: board.nominations.map((nomination) => ({
        nominationId: nomination.id,
        nomineeName: nomination.nominee?.fullName ?? '',
        submitted: done.filter((pair) => pair.nomination === nomination).length,
        expected: expected.filter((pair) => pair.nomination === nomination).length,
        recusedMembers: board.members
          .filter((member) => isRecused(board, member.id, nomination.id))
          .map((member) => ({ memberId: member.id, name: nameOf(member), role: member.role })),
      })),
    };
  }

  /** The stored result once confirmed, else the result computed now; ETag: the council's version. */
  async result(campaignId: string, round: number, principal: Principal): Promise<Tagged<RoundResultView>> {
    const manager = this.dataSource.manager;
    const context = await loadRound(manager, campaignId, round, principal, { officersOnly: true });
    if (!context.campaign.scoring) throw scoringNotOpen(round, 'undefined');
    return this.view(manager, context, await loadBoard(manager, context));
  }

  /**
   * The secretary's or the chair's confirmation, with their own account (staff cannot confirm for
   * them). Refused while an expected sheet is missing or, in the final round, while a tie over a quota
   * is unresolved. The first stores the computed result; the second recomputes and must find the same.
   * With both, the passing nominations reach the next round (or, in the final round, get their prize
   * levels). One transaction, audited.
   */
  async confirm(
    campaignId: string,
    round: number,
    version: number,
    principal: Principal,
  ): Promise<Tagged<RoundResultView>> {
    await this.dataSource.transaction(async (manager) => {
      const context = await loadRound(manager, campaignId, round, principal, {
        officersOnly: true,
        lock: 'update',
      });
      const { campaign, council } = context;
      const role = context.seat?.role;
      if (role !== 'secretary' && role !== 'chair') throw notAnOfficerSeat();
      if (!campaign.scoring) throw scoringNotOpen(round, 'undefined');
      if (!council.scoringOpenedAt) throw scoringNotOpen(round, 'not_opened');
      if (campaign.state !== 'in_review' || campaign.currentRound !== round) {
        throw roundNotCurrent(round, campaign.currentRound);
      }
      const confirmedAt = role === 'secretary' ? council.secretaryConfirmedAt : council.chairConfirmedAt;
      if (confirmedAt) throw alreadyConfirmed(role, confirmedAt);
      if (council.version !== version) throw staleVersion();
      const board = await loadBoard(manager, context);
      const expected = expectedPairs(board);
      const missing = expected.filter(
        ({ member, nomination }) => !submittedSheet(board, member.id, nomination.id),
      );
      if (missing.length) throw sheetsMissing(missing.length, expected.length);
      const computed = JSON.parse(JSON.stringify(computeRound(context, board))) as RoundResult;
      if (context.final && computed.quotaTie) {
        const names = computed.quotaTie.nominationIds.map(
          (id) => board.nominations.find((nomination) => nomination.id === id)?.nominee?.fullName ?? id,
        );
        throw quotaTie(computed.quotaTie, names);
      }
      if (council.result && !isDeepStrictEqual(council.result, computed)) throw resultChanged();
      const now = new Date();
      const columns: Partial<HonorCouncil> =
        role === 'secretary'
          ? { secretaryConfirmedBy: principal.accountId, secretaryConfirmedAt: now }
          : { chairConfirmedBy: principal.accountId, chairConfirmedAt: now };
      const saved = await manager
        .createQueryBuilder()
        .update(HonorCouncil)
        .set({ ...columns, ...(council.result ? {} : { result: computed }), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: council.id, version: council.version })
        .execute();
      if (saved.affected !== 1) throw staleVersion();
      const entries: AuditEntry[] = [
        {
          actor: principal,
          action: 'honor_council.confirm_result',
          entityType: 'honor_council',
          entityId: council.id,
          changes: {
            [`${role}ConfirmedAt`]: { before: null, after: now.toISOString() },
            ...(council.result
              ? {}
              : {
                  result: {
                    before: null,
                    after: computed.nominations.map(
                      ({ nominationId, aggregate, rank, passed, prizeLevelCode }) => ({
                        nominationId,
                        aggregate,
                        rank,
                        passed,
                        prizeLevelCode,
                      }),
                    ),
                  },
                }),
          },
        },
      ];
      const both = role === 'secretary' ? !!council.chairConfirmedAt : !!council.secretaryConfirmedAt;
      if (both) entries.push(...(await this.apply(manager, context, computed, principal)));
      await this.audit.recordMany(manager, entries);
    });
    const manager = this.dataSource.manager;
    const context = await loadRound(manager, campaignId, round, principal, { officersOnly: true });
    return this.view(manager, context, await loadBoard(manager, context));
  }

  /** Both confirmed: the passing nominations move on, or in the final round get their prize levels. */
  private async apply(
    manager: EntityManager,
    context: RoundContext,
    result: RoundResult,
    actor: Principal,
  ): Promise<AuditEntry[]> {
    const { campaign, round } = context;
    const entries: AuditEntry[] = [];
    if (!context.final) {
      const passed = result.nominations.filter((item) => item.passed).map((item) => item.nominationId);
      if (passed.length) {
        await manager
          .createQueryBuilder()
          .update(HonorNomination)
          .set({ reachedRound: round + 1, version: () => 'version + 1' })
          .where({ id: In(passed) })
          .execute();
      }
      for (const id of passed) {
        entries.push({
          actor,
          action: 'honor_nomination.reach_round',
          entityType: 'honor_nomination',
          entityId: id,
          changes: { reachedRound: { before: round, after: round + 1 } },
        });
      }
      const moved = await manager
        .createQueryBuilder()
        .update(HonorCampaign)
        .set({ currentRound: round + 1, version: () => 'version + 1' })
        .where('id = :id AND current_round = :round', { id: campaign.id, round })
        .execute();
      if (moved.affected !== 1) throw staleVersion();
      entries.push({
        actor,
        action: 'honor_campaign.next_round',
        entityType: 'honor_campaign',
        entityId: campaign.id,
        changes: { currentRound: { before: round, after: round + 1 } },
      });
      return entries;
    }
    for (const item of result.nominations.filter((candidate) => candidate.prizeLevelCode)) {
      await manager
        .createQueryBuilder()
        .update(HonorNomination)
        .set({ prizeLevelCode: item.prizeLevelCode, version: () => 'version + 1' })
        .where({ id: item.nominationId })
        .execute();
      entries.push({
        actor,
        action: 'honor_nomination.prize_level',
        entityType: 'honor_nomination',
        entityId: item.nominationId,
        changes: { prizeLevelCode: { before: null, after: item.prizeLevelCode } },
      });
    }
    return entries;
  }

  private async view(
    manager: EntityManager,
    context: RoundContext,
    board: RoundBoard,
  ): Promise<Tagged<RoundResultView>> {
    const { council, campaign } = context;
    const result = council.result ?? computeRound(context, board);
    const expected = expectedPairs(board);
    const missing = expected.filter(
      ({ member, nomination }) => !submittedSheet(board, member.id, nomination.id),
    );
    // a confirmed result may name a nomination withdrawn since: its name is read again
    const known = new Map(
      board.nominations.map((nomination) => [nomination.id, nomination.nominee?.fullName ?? '']),
    );
    const unknown = result.nominations.map((item) => item.nominationId).filter((id) => !known.has(id));
    if (unknown.length) {
      const rows = await manager.find(HonorNomination, {
        where: { id: In(unknown) },
        relations: { nominee: true },
      });
      for (const row of rows) known.set(row.id, row.nominee?.fullName ?? '');
    }
    const memberNames = new Map(
      board.members.map((member) => [member.intellectualId, member.intellectual?.fullName ?? '']),
    );
    const view: RoundResultView = {
      campaignId: campaign.id,
      round: context.round,
      final: context.final,
      source: council.result ? 'confirmed' : 'computed',
      method: result.inputs.definition.method,
      threshold: result.threshold,
      expectedSheets: expected.length,
      missingSheets: council.result ? 0 : missing.length,
      nominations: result.nominations.map((item) => ({
        nominationId: item.nominationId,
        nomineeName: known.get(item.nominationId) ?? '',
        scoreCount: item.scoreCount,
        criterionMeans: Object.fromEntries(
          Object.entries(item.criterionMeans).map(([code, value]) => [
            code,
            value === null ? null : round2(value),
          ]),
        ),
        memberTotals: item.memberTotals.map((member) => ({
          memberId: member.memberId,
          name: memberNames.get(member.memberId) ?? '',
          total: round2(member.total),
        })),
        aggregate: item.aggregate === null ? null : round2(item.aggregate),
        rank: item.rank,
        tiedWith: item.tiedWith,
        decidedBy: item.decidedBy,
        passed: item.passed,
        prizeLevelCode: item.prizeLevelCode,
      })),
      quotaTie: result.quotaTie,
      confirmation: confirmationOf(council),
      // the inputs the result was computed (or confirmed) with, so its codes keep their names
      criteria: result.inputs.definition.criteria.map(({ code, name, weight }) => ({ code, name, weight })),
      prizeLevels: result.inputs.prizeLevels.map(({ code, name }) => ({ code, name })),
    };
    return new Tagged(view, council.version);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, diff, FieldChanges } from '../../audit';
import { DomainError } from '../../common/errors/domain-error';
import { violatedUniqueConstraint } from '../../common/errors/unique-violation';
import { staleVersion, Tagged } from '../../common/http/etag';
import type { HonorCouncilMember } from '../councils/council-member.entity';
import type { HonorNomination } from '../nominations/nomination.entity';
import { NOT_IN_ROUND, recused, scoringNotOpen, sheetLocked, staffDoNotScore } from './review-problems';
import { activeRecusal, isRecused, loadBoard, nominationInRound, RoundContext } from './review-seats';
import { auditedScorer, loadAuthorRound, ScoreAuthor } from './score-author';
import { SaveSheetDto } from './review.dto';
import { MySheetsView, ScoreSheetView, SheetState } from './review.views';
import { HonorCouncil } from '../councils';
import { HonorScoreSheet } from './score-sheet.entity';
import { validateSheet } from './scoring-sheet';

const stateOf = (sheet: HonorScoreSheet | null): SheetState =>
  !sheet ? 'none' : sheet.submittedAt ? 'submitted' : 'draft';

/** Why the round's sheets cannot change now, or null while they can. */
function closedBecause(context: RoundContext) {
  const { campaign, council, round } = context;
  if (!campaign.scoring) return 'undefined' as const;
  if (!council.scoringOpenedAt) return 'not_opened' as const;
  if (campaign.state !== 'in_review' || campaign.currentRound !== round) return 'not_current' as const;
  if (council.result || council.secretaryConfirmedAt || council.chairConfirmedAt) return 'confirmed' as const;
  return null;
}

/**
 * A council member's own scoring sheets: read (an empty draft until saved), save as a draft, submit
 * and lock. Only members seated on the round's council score, each the round's nominees they are not
 * recused from, while scoring is open in the campaign's current round. Staff have no sheets.
 */
@Injectable()
export class SheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(
    campaignId: string,
    round: number,
    nominationId: string,
    author: ScoreAuthor,
  ): Promise<Tagged<ScoreSheetView>> {
    const manager = this.dataSource.manager;
    const { context, seat, nomination } = await this.scorable(
      manager,
      campaignId,
      round,
      nominationId,
      author,
    );
    const sheet = await manager.findOneBy(HonorScoreSheet, { councilMemberId: seat.id, nominationId });
    return viewOf(context, nomination, sheet);
  }

  async save(
    campaignId: string,
    round: number,
    nominationId: string,
    version: number,
    input: SaveSheetDto,
    author: ScoreAuthor,
  ): Promise<Tagged<ScoreSheetView>> {
    return this.write(
      campaignId,
      round,
      nominationId,
      version,
      author,
      'share',
      async (manager, context, seat, sheet) => {
        const scores = input.scores;
        const comment = input.comment ?? '';
        const problems = validateSheet(context.campaign.scoring!, {
          memberId: seat.intellectualId,
          nominationId,
          scores,
          submitted: false,
        });
        if (problems.length) {
          throw new DomainError(
            'VALIDATION_FAILED',
            { en: problems[0].message, vi: problems[0].messageVi },
            problems,
          );
        }
        const before = sheet ? { scores: sheet.scores, comment: sheet.comment } : {};
        if (!sheet) {
          await manager.insert(HonorScoreSheet, {
            councilMemberId: seat.id,
            nominationId,
            scores,
            comment,
            submittedAt: null,
            version: 1,
          });
        } else {
          await this.update(manager, sheet, { scores, comment });
        }
        return { action: 'honor_score_sheet.save', changes: diff(before, { scores, comment }) };
      },
    );
  }

  /** Submits the saved sheet: every criterion scored within the scale; it is locked from then on. */
  async submit(
    campaignId: string,
    round: number,
    nominationId: string,
    version: number,
    author: ScoreAuthor,
  ): Promise<Tagged<ScoreSheetView>> {
    return this.write(
      campaignId,
      round,
      nominationId,
      version,
      author,
      'update',
      async (manager, context, seat, sheet) => {
        const problems = validateSheet(context.campaign.scoring!, {
          memberId: seat.intellectualId,
          nominationId,
          scores: sheet?.scores ?? {},
          submitted: true,
        });
        if (problems.length) {
          throw new DomainError(
            'VALIDATION_FAILED',
            {
              en: `Score every criterion within the scale before submitting (${problems.map((p) => p.field).join(', ')})`,
              vi: `Hãy chấm đủ mọi tiêu chí trong thang điểm trước khi nộp (${problems.map((p) => p.field).join(', ')})`,
            },
            problems,
          );
        }
        const submittedAt = new Date();
        await this.update(manager, sheet!, { submittedAt });
        // a submitted sheet counts in the result: its ETag (the council's version) must change
        await manager
          .createQueryBuilder()
          .update(HonorCouncil)
          .set({ version: () => 'version + 1' })
          .where('id = :id', { id: context.council.id })
          .execute();
        return {
          action: 'honor_score_sheet.submit',
          changes: { submittedAt: { before: null, after: submittedAt.toISOString() } },
        };
      },
    );
  }

  /** The round's nominees I am not recused from, with my sheet's state for each. */
  async mine(campaignId: string, round: number, author: ScoreAuthor): Promise<MySheetsView> {
    const manager = this.dataSource.manager;
    const context = await loadAuthorRound(manager, campaignId, round, author);
    const seat = seatOf(context);
    const board = await loadBoard(manager, context);
    const nominees = board.nominations.filter((nomination) => !isRecused(board, seat.id, nomination.id));
    return {
      campaignId,
      round,
      role: seat.role,
      scoringOpen: closedBecause(context) === null,
      items: nominees.map((nomination) => {
        const sheet =
          board.sheets.find((s) => s.councilMemberId === seat.id && s.nominationId === nomination.id) ?? null;
        return {
          nominationId: nomination.id,
          nomineeName: nomination.nominee?.fullName ?? '',
          workTitle: nomination.work?.title ?? null,
          category: nomination.category,
          state: stateOf(sheet),
          submittedAt: sheet?.submittedAt?.toISOString() ?? null,
          version: sheet?.version ?? 0,
        };
      }),
      recusedCount: board.nominations.length - nominees.length,
    };
  }

  /** The round, the caller's seat and the nomination, refusing staff, nominations outside it and recusals. */
  private async scorable(
    manager: EntityManager,
    campaignId: string,
    round: number,
    nominationId: string,
    author: ScoreAuthor,
    lock?: 'share' | 'update',
  ): Promise<{ context: RoundContext; seat: HonorCouncilMember; nomination: HonorNomination }> {
    const context = await loadAuthorRound(manager, campaignId, round, author, lock);
    const seat = seatOf(context);
    const nomination = await nominationInRound(manager, context, nominationId);
    if (!nomination) throw NOT_IN_ROUND();
    const recusal = await activeRecusal(manager, seat.id, nominationId);
    if (recusal) {
      throw recused(nomination.nominee?.fullName ?? '', [
        ...new Set(recusal.conflicts.map((flag) => flag.rule)),
      ]);
    }
    return { context, seat, nomination };
  }

  /**
   * `lock`: a draft save shares the council row with other members' saves; a submission takes it for
   * update, since it changes the round's result and so bumps the council's version (the result's ETag).
   */
  private async write(
    campaignId: string,
    round: number,
    nominationId: string,
    version: number,
    author: ScoreAuthor,
    lock: 'share' | 'update',
    change: (
      manager: EntityManager,
      context: RoundContext,
      seat: HonorCouncilMember,
      sheet: HonorScoreSheet | null,
    ) => Promise<{ action: string; changes: FieldChanges }>,
  ): Promise<Tagged<ScoreSheetView>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { context, seat, nomination } = await this.scorable(
          manager,
          campaignId,
          round,
          nominationId,
          author,
          lock,
        );
        const sheet = await manager.findOne(HonorScoreSheet, {
          where: { councilMemberId: seat.id, nominationId },
          lock: { mode: 'pessimistic_write' },
        });
        // a locked sheet says so whatever version was sent: resubmitting is never "stale"
        if (sheet?.submittedAt) throw sheetLocked(sheet.submittedAt);
        const why = closedBecause(context);
        if (why) throw scoringNotOpen(round, why);
        if ((sheet?.version ?? 0) !== version) throw staleVersion();
        const { action, changes } = await change(manager, context, seat, sheet);
        const saved = await manager.findOneByOrFail(HonorScoreSheet, {
          councilMemberId: seat.id,
          nominationId,
        });
        const { actor, via } = auditedScorer(author);
        await this.audit.record(manager, {
          actor,
          action,
          entityType: 'honor_score_sheet',
          entityId: saved.id,
          changes: {
            ...changes,
            // whose sheet (the member, also when a link's holder wrote it, with no account) and how
            scoredBy: {
              before: null,
              after: { councilMemberId: seat.id, intellectualId: seat.intellectualId, via },
            },
            ...(sheet
              ? {}
              : {
                  nominationId: { before: null, after: nominationId },
                  round: { before: null, after: round },
                }),
          },
        });
        return viewOf(context, nomination, saved);
      });
    } catch (error) {
      // two first saves at once: the second one read no sheet, as its version 0 said
      if (violatedUniqueConstraint(error) === 'honor_score_sheet_member_nomination_key') throw staleVersion();
      throw error;
    }
  }

  private async update(manager: EntityManager, sheet: HonorScoreSheet, columns: Partial<HonorScoreSheet>) {
    const saved = await manager
      .createQueryBuilder()
      .update(HonorScoreSheet)
      .set({ ...columns, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND submitted_at IS NULL', {
        id: sheet.id,
        version: sheet.version,
      })
      .execute();
    if (saved.affected !== 1) throw staleVersion();
  }
}

/** The caller's seat; staff who do not sit on the council have no sheets. */
function seatOf(context: RoundContext): HonorCouncilMember {
  if (!context.seat) throw staffDoNotScore();
  return context.seat;
}

function viewOf(
  context: RoundContext,
  nomination: HonorNomination,
  sheet: HonorScoreSheet | null,
): Tagged<ScoreSheetView> {
  const scoring = context.campaign.scoring;
  const view: ScoreSheetView = {
    campaignId: context.campaign.id,
    round: context.round,
    nominationId: nomination.id,
    nomineeName: nomination.nominee?.fullName ?? '',
    workTitle: nomination.work?.title ?? null,
    category: nomination.category,
    state: stateOf(sheet),
    scores: sheet?.scores ?? {},
    comment: sheet?.comment ?? '',
    submittedAt: sheet?.submittedAt?.toISOString() ?? null,
    editable: !sheet?.submittedAt && closedBecause(context) === null,
    criteria: (scoring?.criteria ?? []).map(({ code, name, weight }) => ({ code, name, weight })),
    scale: { min: scoring?.scale.min ?? 0, max: scoring?.scale.max ?? 100 },
    version: sheet?.version ?? 0,
  };
  return new Tagged(view, view.version);
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Tagged } from '../../common/http/etag';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import {
  Panel,
  PanelAssessor,
  PanelCandidatesService,
  PanelMember,
  seatEntryOf,
  violationView,
} from '../panel';
import { conflictRequestOf, findPanel } from '../panel/panel-request';
import { ReviewRequestsService } from '../requests';
import type { LoadedRequest } from '../requests';
import { answerOf } from './invitation-answer';
import { loadInvitees, mailAddressOf } from './invitation-mail';
import { mailLocaleOf } from './invitation-terms';
import type { InvitationStatusView, InvitationsView, ReplacementView } from './invitations.views';

/** How many of the best candidates off the panel are checked for a replacement. */
const REPLACEMENT_POOL = 50;

/**
 * Where each member's invitation stands, for staff: sent, answered, the declaration or the declared
 * conflict, the reminder; what keeps invitations from going out; and, for each member who declined
 * and is not yet replaced, the next best eligible candidate not on the panel.
 */
@Injectable()
export class InvitationStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly assessor: PanelAssessor,
    private readonly candidates: PanelCandidatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async view(id: string, principal: Principal): Promise<Tagged<InvitationsView>> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(id, principal, manager);
    const { request } = loaded;
    const panel = await findPanel(manager, request);
    const rows = panel
      ? await manager.find(PanelMember, {
          where: { panelId: panel.id },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const [assessment, invitees] = await Promise.all([
      this.assessor.assess(
        manager,
        request,
        conflictRequestOf(loaded),
        rows.map(seatEntryOf),
        panel?.id ?? null,
      ),
      loadInvitees(
        manager,
        rows.map((row) => row.intellectualId),
      ),
    ]);
    const members = rows.map((row, i): InvitationStatusView => {
      const seat = assessment.members[i];
      const person = invitees.get(row.intellectualId);
      return {
        intellectualId: row.intellectualId,
        fullName: seat.fullName,
        organizationName: seat.organizationName,
        role: row.role,
        status: row.status,
        hasMailAddress: mailAddressOf(person) !== null,
        mailLocale: person ? mailLocaleOf(person) : 'vi',
        invitedAt: row.invitedAt,
        answer: answerOf(row),
        reminderSentAt: row.reminderSentAt,
        conflicts: seat.conflicts,
        worstSeverity: seat.worstSeverity,
      };
    });
    const view: InvitationsView = {
      reviewRequestId: request.id,
      version: panel?.version ?? 0,
      deadline: request.deadline,
      reminderDaysBefore: this.config.panelReminders.invitationDaysBefore,
      members,
      blockingViolations: assessment.violations.filter((v) => v.level === 'error').map(violationView),
      replacements: await this.replacements(loaded, panel, rows),
    };
    return new Tagged(view, view.version);
  }

  /**
   * One entry per open decline, each with a distinct suggestion, best first: candidates never on this
   * panel, without a blocking conflict and under the load limit. A decline left without one says so
   * (candidate null), so staff tell "nobody to suggest" from "nothing open". Matching (Meilisearch)
   * runs only when a decline is open.
   */
  private async replacements(
    loaded: LoadedRequest,
    panel: Panel | null,
    rows: PanelMember[],
  ): Promise<ReplacementView[]> {
    const open = openDeclines(rows);
    if (open.length === 0) return [];
    const ranked = await this.candidates.rank(loaded.request, false);
    const onPanel = new Set(rows.map((row) => row.intellectualId));
    const pool = ranked.candidates.filter((c) => !onPanel.has(c.intellectualId)).slice(0, REPLACEMENT_POOL);
    const { views } = await this.candidates.annotate(conflictRequestOf(loaded), panel, pool);
    const eligible = views.filter((view) => view.worstSeverity !== 'block' && !view.load.limitReached);
    const names = await loadInvitees(
      this.dataSource.manager,
      open.map((row) => row.intellectualId),
    );
    return open.map((row, i) => ({
      forIntellectualId: row.intellectualId,
      forFullName: names.get(row.intellectualId)?.fullName ?? '',
      role: row.role,
      candidate: eligible[i] ?? null,
    }));
  }
}

/**
 * The members who declined and whose seat nobody has taken yet: in the order they declined, each
 * decline is filled by the first member added after it not already counted for an earlier one.
 */
export function openDeclines(rows: readonly PanelMember[]): PanelMember[] {
  const declines = rows
    .filter((row) => row.status === 'declined' && row.answeredAt)
    .sort((a, b) => a.answeredAt!.getTime() - b.answeredAt!.getTime());
  const used = new Set<string>();
  return declines.filter((decline) => {
    const newcomer = rows.find(
      (row) => !used.has(row.id) && row.status !== 'declined' && row.createdAt > decline.answeredAt!,
    );
    if (!newcomer) return true;
    used.add(newcomer.id);
    return false;
  });
}

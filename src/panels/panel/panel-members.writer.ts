import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../../audit';
import { Principal } from '../../common/access/principal';
import { DomainError, FieldProblem } from '../../common/errors/domain-error';
import { staleVersion } from '../../common/http/etag';
import { mayBeProposedForPanels } from '../matching';
import { RequestStateMachine, ReviewRequest } from '../requests';
import type { LoadedRequest } from '../requests';
import { Panel } from './entities/panel.entity';
import { PanelMember } from './entities/panel-member.entity';
import { PanelAssessor, SeatEntry, seatEntryOf } from './panel-assessor';
import { loadPanelPeople } from './panel-people';
import { conflictRequestOf } from './panel-request';
import { MemberStatus, SEATED_STATUSES, Violation } from './panel-rules';
import type { ReplacePanelMembersDto } from './panel.dto';

/** Statuses a member keeps when staff list them again; those who left come back as proposed. */
const KEPT_STATUSES: readonly MemberStatus[] = ['proposed', 'invited', 'accepted'];

/**
 * Writes a new member list inside the caller's transaction: checks who may sit and the rules, then
 * the rows, the panel's version, the audit (with every conflict override) and the request's move to
 * panel_forming on its first members. Anything refused throws before the first write.
 */
@Injectable()
export class PanelMembersWriter {
  constructor(
    private readonly assessor: PanelAssessor,
    private readonly audit: AuditService,
    private readonly stateMachine: RequestStateMachine,
  ) {}

  async replace(
    manager: EntityManager,
    loaded: LoadedRequest,
    panel: Panel | null,
    input: ReplacePanelMembersDto,
    relevance: ReadonlyMap<string, number>,
    principal: Principal,
  ): Promise<Panel> {
    const { request } = loaded;
    assertNoDuplicates(input);
    const rows = panel ? await manager.find(PanelMember, { where: { panelId: panel.id } }) : [];
    const existing = new Map(rows.map((row) => [row.intellectualId, row]));
    await this.assertMaySit(manager, input, existing);

    const now = new Date();
    const listed = new Set(input.members.map((member) => member.intellectualId));
    const entries = seatEntriesOf(input, existing, relevance, principal, now);
    const leaving = rows.filter((row) => !listed.has(row.intellectualId));
    const assessment = await this.assessor.assess(
      manager,
      request,
      conflictRequestOf(loaded),
      entries,
      panel?.id ?? null,
    );
    refuseBrokenRules(assessment.violations, input, (id) => assessment.people.get(id)?.fullName ?? id);

    const before = rows.map(summaryOf);
    const after = [
      ...entries.map((entry) => summaryOf(entry)),
      ...leaving.flatMap((row) => {
        const status = statusAfterLeaving(row.status);
        return status ? [summaryOf({ ...row, status })] : [];
      }),
    ];
    const newOverrides = entries.filter((entry) => entry.override?.at === now);
    const changed = JSON.stringify(sorted(before)) !== JSON.stringify(sorted(after));
    if (panel && !changed && newOverrides.length === 0) return panel;

    const saved = await this.bumpPanel(manager, request, panel);
    for (const row of leaving) {
      const status = statusAfterLeaving(row.status);
      if (!status) await manager.delete(PanelMember, { id: row.id });
      else if (status !== row.status) await manager.update(PanelMember, { id: row.id }, { status });
    }
    for (const entry of entries) {
      const row = existing.get(entry.intellectualId);
      const columns = {
        role: entry.role,
        status: entry.status,
        conflictOverrideReason: entry.override?.reason ?? null,
        overrideBy: entry.override?.byAccountId ?? null,
        overrideAt: entry.override?.at ?? null,
      };
      if (row) await manager.update(PanelMember, { id: row.id }, columns);
      else {
        await manager.insert(PanelMember, {
          ...columns,
          panelId: saved.id,
          intellectualId: entry.intellectualId,
          relevance: entry.relevance,
          addedBy: principal.accountId,
        });
      }
    }

    const audits: AuditEntry[] = [
      {
        actor: principal,
        action: 'review_request.panel_members_replaced',
        entityType: 'review_request',
        entityId: request.id,
        changes: { panelMembers: { before: sorted(before), after: sorted(after) } },
      },
      ...newOverrides.map((entry): AuditEntry => ({
        actor: principal,
        action: 'review_request.panel_conflict_override',
        entityType: 'review_request',
        entityId: request.id,
        changes: {
          intellectualId: { before: null, after: entry.intellectualId },
          conflicts: {
            before: null,
            after: (assessment.conflicts.get(entry.intellectualId) ?? []).map((flag) => flag.rule),
          },
          conflictOverrideReason: {
            before: existing.get(entry.intellectualId)?.conflictOverrideReason ?? null,
            after: entry.override!.reason,
          },
        },
      })),
    ];
    await this.audit.recordMany(manager, audits);

    const seated = entries.some((entry) => SEATED_STATUSES.includes(entry.status));
    if (request.state === 'accepted' && seated) {
      await this.stateMachine.transition(manager, request, 'panel_forming', principal);
    }
    return saved;
  }

  /** Creates the panel (version 1) or bumps its version, guarded by the version read under the lock. */
  private async bumpPanel(
    manager: EntityManager,
    request: ReviewRequest,
    panel: Panel | null,
  ): Promise<Panel> {
    if (!panel) {
      return manager.save(manager.create(Panel, { reviewRequestId: request.id, version: 1, lockedAt: null }));
    }
    const result = await manager
      .createQueryBuilder()
      .update(Panel)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: panel.id, version: panel.version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return { ...panel, version: panel.version + 1 };
  }

  /** Everyone newly seated exists and may sit on a panel (retired people may, when staff choose them). */
  private async assertMaySit(
    manager: EntityManager,
    input: ReplacePanelMembersDto,
    existing: ReadonlyMap<string, PanelMember>,
  ): Promise<void> {
    const newcomers = input.members.filter(
      (member) => !KEPT_STATUSES.includes(existing.get(member.intellectualId)?.status ?? 'removed'),
    );
    const people = await loadPanelPeople(
      manager,
      newcomers.map((member) => member.intellectualId),
    );
    const problems: FieldProblem[] = [];
    input.members.forEach((member, i) => {
      if (!newcomers.includes(member)) return;
      const person = people.get(member.intellectualId);
      if (!person || !mayBeProposedForPanels(person.eligibility, { includeRetired: true })) {
        problems.push({
          field: `members[${i}].intellectualId`,
          message: 'No such intellectual who may sit on a panel (unknown, deleted or deceased)',
          messageVi: 'Không có trí thức này hoặc người này không thể tham gia hội đồng (đã xóa hoặc đã mất)',
        });
      }
    });
    if (problems.length) {
      throw new DomainError(
        'UNPROCESSABLE',
        { en: problems[0].message, vi: problems[0].messageVi },
        problems,
      );
    }
  }
}

/**
 * The seats of a member list as it would be saved: those already on the panel keep their status
 * (those who left come back as proposed), their relevance and their override unless a new reason
 * is given; newcomers get the relevance matching gave them.
 */
export function seatEntriesOf(
  input: ReplacePanelMembersDto,
  existing: ReadonlyMap<string, PanelMember>,
  relevance: ReadonlyMap<string, number>,
  principal: Principal,
  now: Date,
): SeatEntry[] {
  return input.members.map((member) => {
    const row = existing.get(member.intellectualId);
    const kept = row ? seatEntryOf(row) : null;
    const reason = member.conflictOverrideReason ?? null;
    return {
      intellectualId: member.intellectualId,
      role: member.role,
      status: kept && KEPT_STATUSES.includes(kept.status) ? kept.status : 'proposed',
      relevance: kept ? kept.relevance : (relevance.get(member.intellectualId) ?? null),
      override:
        reason && reason !== kept?.override?.reason
          ? { reason, byAccountId: principal.accountId, at: now }
          : (kept?.override ?? null),
    };
  });
}

/**
 * A member taken off the list: one never told (proposed) is forgotten (null), one invited or accepted
 * becomes removed and stays on record, one who declined or was removed stays so.
 */
function statusAfterLeaving(status: MemberStatus): MemberStatus | null {
  if (status === 'proposed') return null;
  return SEATED_STATUSES.includes(status) ? 'removed' : status;
}

function assertNoDuplicates(input: ReplacePanelMembersDto): void {
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

/**
 * 422 for what a saved panel (or an honor council, which is built by the same rules) may never have: a blocking conflict without a reason first (its own
 * code, naming each member), then the composition rules, each named in both languages.
 */
export function refuseBrokenRules(
  violations: readonly Violation[],
  input: { members: readonly { intellectualId: string }[] },
  nameOf: (id: string) => string,
): void {
  const indexOf = (id: string) => input.members.findIndex((member) => member.intellectualId === id);
  const blocked = violations.find((v) => v.code === 'blocked_without_override');
  if (blocked) {
    const problems = blocked.intellectualIds.map((id) => ({
      field: `members[${indexOf(id)}].conflictOverrideReason`,
      message: `${nameOf(id)} has a blocking conflict of interest: give conflictOverrideReason`,
      messageVi: `${nameOf(id)} có xung đột lợi ích ở mức chặn: cần nêu lý do chấp nhận ngoại lệ (conflictOverrideReason)`,
    }));
    throw new DomainError('CONFLICT_OVERRIDE_REQUIRED', { en: blocked.en, vi: blocked.vi }, problems);
  }
  const errors = violations.filter((v) => v.level === 'error');
  if (errors.length) {
    throw new DomainError(
      'PANEL_RULES_VIOLATED',
      { en: errors.map((v) => v.en).join('; '), vi: errors.map((v) => v.vi).join('; ') },
      errors.map((v) => ({ field: 'members', message: v.en, messageVi: v.vi })),
    );
  }
}

interface MemberSummary {
  intellectualId: string;
  role: string;
  status: string;
}

function summaryOf(member: MemberSummary): MemberSummary {
  return { intellectualId: member.intellectualId, role: member.role, status: member.status };
}

function sorted(members: MemberSummary[]): MemberSummary[] {
  return [...members].sort((a, b) => a.intellectualId.localeCompare(b.intellectualId));
}

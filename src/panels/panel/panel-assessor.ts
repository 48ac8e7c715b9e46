import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fieldNamesOf } from '../../catalog';
import { ConflictsService, worstSeverity } from '../conflicts';
import type { ConflictFlag, ConflictRequest } from '../conflicts';
import { ReviewRequest } from '../requests';
import { declaredConflictsOf } from './declared-conflicts';
import { loadPanelPeople, PanelPerson } from './panel-people';
import { PanelLoadService } from './panel-load.service';
import { PanelPolicyService } from './panel-policy.service';
import { requirementsOf } from './panel-request';
import {
  balanceOf,
  checkPanel,
  MemberStatus,
  PanelBalance,
  PanelRole,
  SEATED_STATUSES,
  SeatFacts,
  Violation,
} from './panel-rules';
import type { PanelMember } from './entities/panel-member.entity';
import type { PanelLoadView, PanelMemberView, ViolationView } from './panel.views';
import { readTogether } from '../../platform/database/read-together';

/** One member as saved or proposed, before the rules read the facts about them. */
export interface SeatEntry {
  intellectualId: string;
  role: PanelRole;
  status: MemberStatus;
  relevance: number | null;
  override: { reason: string; byAccountId: string | null; at: Date | null } | null;
}

/** Facts already loaded by the caller (the suggester has them for every candidate). */
export interface KnownFacts {
  people?: Map<string, PanelPerson>;
  conflicts?: Map<string, ConflictFlag[]>;
  load?: Map<string, number>;
}

export interface Assessment {
  members: PanelMemberView[];
  violations: Violation[];
  balance: PanelBalance;
  people: Map<string, PanelPerson>;
  conflicts: Map<string, ConflictFlag[]>;
}

/**
 * Loads the facts about a panel's members (profile, conflicts of interest, load) and applies the
 * composition rules to the seated ones: the one evaluation behind reading, suggesting and saving.
 */
@Injectable()
export class PanelAssessor {
  constructor(
    private readonly conflictsService: ConflictsService,
    private readonly loadService: PanelLoadService,
    private readonly policy: PanelPolicyService,
  ) {}

  async assess(
    manager: EntityManager,
    request: ReviewRequest,
    conflictRequest: ConflictRequest,
    entries: readonly SeatEntry[],
    /** The panel assessed (its members' declared conflicts count, its own seats not in the load). */
    panelId: string | null,
    known: KnownFacts = {},
  ): Promise<Assessment> {
    const ids = entries.map((entry) => entry.intellectualId);
    const declared = known.conflicts ? new Map() : await declaredConflictsOf(manager, panelId);
    const [people, conflicts, load, fieldNames] = await readTogether(manager, [
      async () => known.people ?? loadPanelPeople(manager, ids),
      async () => known.conflicts ?? this.conflictsService.evaluate(conflictRequest, ids, declared, manager),
      async () => known.load ?? this.loadService.loadOf(ids, manager, panelId),
      async () => fieldNamesOf(manager, request.fieldCodes),
    ]);
    const limits = this.policy.limits;
    const seats: SeatFacts[] = entries
      .filter((entry) => SEATED_STATUSES.includes(entry.status))
      .map((entry) => {
        const person = people.get(entry.intellectualId);
        return {
          intellectualId: entry.intellectualId,
          role: entry.role,
          organizationId: person?.organizationId ?? null,
          fieldTree: person?.fieldTree ?? [],
          gender: person?.gender ?? null,
          ageBand: person?.ageBand ?? null,
          overseas: person?.overseas ?? false,
          conflicts: conflicts.get(entry.intellectualId) ?? [],
          overrideReason: entry.override?.reason ?? null,
          otherActivePanels: load.get(entry.intellectualId) ?? 0,
        };
      });
    const requirements = { ...requirementsOf(request), fieldNames };
    const members = entries.map((entry): PanelMemberView => {
      const flags = conflicts.get(entry.intellectualId) ?? [];
      const person = people.get(entry.intellectualId);
      return {
        intellectualId: entry.intellectualId,
        fullName: person?.fullName ?? '',
        organizationName: person?.organizationName ?? null,
        role: entry.role,
        status: entry.status,
        relevance: entry.relevance,
        conflicts: flags,
        worstSeverity: worstSeverity(flags),
        override: entry.override,
        load: this.loadView(load.get(entry.intellectualId) ?? 0),
      };
    });
    return {
      members,
      violations: checkPanel(seats, requirements, limits, false),
      balance: balanceOf(seats, requirements),
      people,
      conflicts,
    };
  }

  loadView(activePanels: number): PanelLoadView {
    const { maxActivePanels } = this.policy.limits;
    return { activePanels, maxActivePanels, limitReached: activePanels + 1 > maxActivePanels };
  }
}

export function violationView(violation: Violation): ViolationView {
  return {
    code: violation.code,
    level: violation.level,
    message: violation.en,
    messageVi: violation.vi,
    intellectualIds: violation.intellectualIds,
    fieldCode: violation.fieldCode,
  };
}

export function seatEntryOf(row: PanelMember): SeatEntry {
  return {
    intellectualId: row.intellectualId,
    role: row.role,
    status: row.status,
    relevance: row.relevance,
    override: row.conflictOverrideReason
      ? { reason: row.conflictOverrideReason, byAccountId: row.overrideBy, at: row.overrideAt }
      : null,
  };
}

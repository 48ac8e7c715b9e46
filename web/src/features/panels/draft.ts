import type {
  Candidate,
  ConflictFlag,
  PanelMember,
  PanelMemberInput,
  PanelRole,
  Violation,
} from './panels-api';

/** One seat of the panel as the builder holds it, before it is saved. */
export interface DraftMember {
  intellectualId: string;
  fullName: string;
  organizationName: string | null;
  role: PanelRole;
  conflicts: ConflictFlag[];
  worstSeverity: 'block' | 'warn' | null;
  /** Why the member sits despite a blocking conflict, as typed (sent once it is long enough). */
  overrideReason: string;
}

/** The server refuses shorter reasons; a shorter one is not sent, so the check still asks for one. */
export const MIN_REASON_LENGTH = 3;

/** Members who still count: those who declined or were taken off are not in the draft. */
const SEATED = new Set<PanelMember['status']>(['proposed', 'invited', 'accepted']);

export function draftOf(members: readonly PanelMember[]): DraftMember[] {
  return members
    .filter((member) => SEATED.has(member.status))
    .map((member) => ({
      intellectualId: member.intellectualId,
      fullName: member.fullName,
      organizationName: member.organizationName,
      role: member.role,
      conflicts: member.conflicts,
      worstSeverity: member.worstSeverity,
      overrideReason: member.override?.reason ?? '',
    }));
}

/**
 * The role a newly added member takes: the chair and the secretary first (a panel has exactly one of
 * each), then the roles the request asks for, then plain member.
 */
export function nextRole(
  draft: readonly DraftMember[],
  rolesWanted: Partial<Record<PanelRole, number>>,
): PanelRole {
  const count = (role: PanelRole) => draft.filter((member) => member.role === role).length;
  if (count('chair') === 0) return 'chair';
  if (count('secretary') === 0) return 'secretary';
  for (const role of ['vice_chair', 'reviewer'] as const) {
    if (count(role) < (rolesWanted[role] ?? 0)) return role;
  }
  return 'member';
}

export function addCandidate(
  draft: readonly DraftMember[],
  candidate: Candidate,
  rolesWanted: Partial<Record<PanelRole, number>>,
): DraftMember[] {
  if (draft.some((member) => member.intellectualId === candidate.intellectualId)) return [...draft];
  return [
    ...draft,
    {
      intellectualId: candidate.intellectualId,
      fullName: candidate.fullName,
      organizationName: candidate.organizationName,
      role: nextRole(draft, rolesWanted),
      conflicts: candidate.conflicts,
      worstSeverity: candidate.worstSeverity,
      overrideReason: '',
    },
  ];
}

export function removeMember(draft: readonly DraftMember[], intellectualId: string): DraftMember[] {
  return draft.filter((member) => member.intellectualId !== intellectualId);
}

export function setRole(
  draft: readonly DraftMember[],
  intellectualId: string,
  role: PanelRole,
): DraftMember[] {
  return draft.map((member) => (member.intellectualId === intellectualId ? { ...member, role } : member));
}

export function setOverrideReason(
  draft: readonly DraftMember[],
  intellectualId: string,
  overrideReason: string,
): DraftMember[] {
  return draft.map((member) =>
    member.intellectualId === intellectualId ? { ...member, overrideReason } : member,
  );
}

export function needsOverride(member: DraftMember): boolean {
  return member.conflicts.some((flag) => flag.severity === 'block');
}

/**
 * The member list the check and the save take: a reason only for a blocked member and only once it
 * is long enough (a shorter one would be refused as bad input on every keystroke).
 */
export function membersInput(draft: readonly DraftMember[]): PanelMemberInput[] {
  return draft.map((member) => {
    const reason = member.overrideReason.trim();
    return {
      intellectualId: member.intellectualId,
      role: member.role,
      ...(needsOverride(member) && reason.length >= MIN_REASON_LENGTH
        ? { conflictOverrideReason: reason }
        : {}),
    };
  });
}

/** Whether the draft differs from what was saved (roles, members, reasons; not their order). */
export function isChanged(draft: readonly DraftMember[], saved: readonly DraftMember[]): boolean {
  const key = (members: readonly DraftMember[]) =>
    JSON.stringify(membersInput(members).sort((a, b) => a.intellectualId.localeCompare(b.intellectualId)));
  return key(draft) !== key(saved);
}

/** The violations that name this member (two chairs, no override, load, organization limit). */
export function violationsOf(violations: readonly Violation[], intellectualId: string): Violation[] {
  return violations.filter((violation) => violation.intellectualIds.includes(intellectualId));
}

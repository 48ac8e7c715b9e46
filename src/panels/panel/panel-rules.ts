import type { FieldNames } from '../../catalog';
import type { ConflictFlag } from '../conflicts/conflict-rules';

/**
 * The composition rules of a panel (issue 12) as a pure function of plain facts: the service loads
 * the members' facts and calls it on every change, the suggester uses the same limits.
 */
export const PANEL_ROLES = ['chair', 'vice_chair', 'secretary', 'reviewer', 'member'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export const ROLE_NAMES_VI: Readonly<Record<PanelRole, string>> = {
  chair: 'Chủ tịch',
  vice_chair: 'Phó Chủ tịch',
  secretary: 'Thư ký',
  reviewer: 'Ủy viên phản biện',
  member: 'Ủy viên',
};

const ROLE_NAMES_EN: Readonly<Record<PanelRole, string>> = {
  chair: 'chair',
  vice_chair: 'vice chair',
  secretary: 'secretary',
  reviewer: 'reviewer',
  member: 'member',
};

export const MEMBER_STATUSES = ['proposed', 'invited', 'accepted', 'declined', 'removed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Members who count toward the panel: not those who declined or were taken off. */
export const SEATED_STATUSES: readonly MemberStatus[] = ['proposed', 'invited', 'accepted'];

/** What the person is shown of their own panels: those they were invited to, not staff's drafts. */
export const INVITED_STATUSES: readonly MemberStatus[] = ['invited', 'accepted', 'declined', 'removed'];

export interface PanelLimits {
  /** N: at most this many members from one organization. */
  maxPerOrganization: number;
  /** M: at most this many active panels per expert over the last 12 months (this one included). */
  maxActivePanels: number;
}

export interface PanelRequirements {
  sizeMin: number;
  sizeMax: number;
  fieldCodes: string[];
  /** Wanted count per role (chair and secretary are always exactly one). */
  rolesWanted: Partial<Record<PanelRole, number>>;
  /** The requested fields' names, for messages a person reads; a field without one is named by its code. */
  fieldNames?: FieldNames;
}

export interface SeatFacts {
  intellectualId: string;
  role: PanelRole;
  organizationId: string | null;
  /** Own fields with every ancestor field, so that a member in 10101 covers a request for 1. */
  fieldTree: string[];
  gender: string | null;
  ageBand: string | null;
  overseas: boolean;
  conflicts: ConflictFlag[];
  overrideReason: string | null;
  /** Active panels in the last 12 months other than this one. */
  otherActivePanels: number;
}

export const VIOLATION_CODES = [
  'too_many_chairs',
  'too_many_secretaries',
  'blocked_without_override',
  'no_chair',
  'no_secretary',
  'size_below_minimum',
  'size_above_maximum',
  'field_not_covered',
  'role_count_differs',
  'organization_limit',
  'expert_load',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/**
 * Violations a saved panel may never have (the save answers 422): the builder sends the whole member
 * list, so it is a panel, not a step towards one. Fields nobody covers and role counts other than
 * wanted stay warnings while the panel forms (a request may ask for a field no eligible expert has)
 * and are refused when finalising it.
 */
export const REFUSING_VIOLATIONS: ReadonlySet<ViolationCode> = new Set([
  'too_many_chairs',
  'too_many_secretaries',
  'blocked_without_override',
  'no_chair',
  'no_secretary',
  'size_below_minimum',
  'size_above_maximum',
  'organization_limit',
  'expert_load',
]);

export interface Violation {
  code: ViolationCode;
  /** `error`: a save is refused; `warning`: saved and shown, refused when finalising. */
  level: 'error' | 'warning';
  en: string;
  vi: string;
  intellectualIds: string[];
  fieldCode: string | null;
}

export interface PanelBalance {
  size: number;
  women: number;
  under35: number;
  overseas: number;
  /** Members per requested field (a member covering two fields counts in both). */
  fields: { code: string; members: number }[];
  organizations: { organizationId: string; members: number }[];
}

export function checkPanel(
  seats: readonly SeatFacts[],
  requirements: PanelRequirements,
  limits: PanelLimits,
  finalised: boolean,
): Violation[] {
  const violations: Violation[] = [];
  const add = (
    code: ViolationCode,
    en: string,
    vi: string,
    intellectualIds: string[] = [],
    fieldCode: string | null = null,
  ) =>
    violations.push({
      code,
      level: finalised || REFUSING_VIOLATIONS.has(code) ? 'error' : 'warning',
      en,
      vi,
      intellectualIds,
      fieldCode,
    });
  const withRole = (role: PanelRole) =>
    seats.filter((seat) => seat.role === role).map((s) => s.intellectualId);

  const chairs = withRole('chair');
  if (chairs.length > 1)
    add('too_many_chairs', 'A panel has exactly one chair', 'Hội đồng chỉ có một chủ tịch', chairs);
  if (chairs.length === 0) add('no_chair', 'The panel has no chair yet', 'Hội đồng chưa có chủ tịch');
  const secretaries = withRole('secretary');
  if (secretaries.length > 1) {
    add(
      'too_many_secretaries',
      'A panel has exactly one secretary',
      'Hội đồng chỉ có một thư ký',
      secretaries,
    );
  }
  if (secretaries.length === 0)
    add('no_secretary', 'The panel has no secretary yet', 'Hội đồng chưa có thư ký');

  const blocked = seats.filter(
    (seat) => seat.conflicts.some((flag) => flag.severity === 'block') && !seat.overrideReason,
  );
  if (blocked.length > 0) {
    add(
      'blocked_without_override',
      'A member with a blocking conflict of interest needs an override reason',
      'Thành viên có xung đột lợi ích ở mức chặn cần có lý do chấp nhận ngoại lệ',
      blocked.map((seat) => seat.intellectualId),
    );
  }

  const { sizeMin, sizeMax } = requirements;
  if (seats.length < sizeMin) {
    add(
      'size_below_minimum',
      `The panel needs at least ${sizeMin} members`,
      `Hội đồng cần ít nhất ${sizeMin} thành viên`,
    );
  }
  if (seats.length > sizeMax) {
    add(
      'size_above_maximum',
      `The panel has at most ${sizeMax} members`,
      `Hội đồng có tối đa ${sizeMax} thành viên`,
    );
  }

  for (const code of requirements.fieldCodes) {
    if (!seats.some((seat) => seat.fieldTree.includes(code))) {
      const name = requirements.fieldNames?.get(code);
      add(
        'field_not_covered',
        `No member covers the field ${name?.nameEn ?? name?.nameVi ?? code} (${code})`,
        `Chưa có thành viên thuộc lĩnh vực ${name?.nameVi ?? code} (${code})`,
        [],
        code,
      );
    }
  }

  for (const role of PANEL_ROLES) {
    const wanted = requirements.rolesWanted[role];
    if (wanted === undefined || role === 'chair' || role === 'secretary') continue;
    const have = withRole(role).length;
    if (have !== wanted) {
      add(
        'role_count_differs',
        `The request asks for ${wanted} ${ROLE_NAMES_EN[role]} member(s), the panel has ${have}`,
        `Yêu cầu có ${wanted} ${ROLE_NAMES_VI[role]}, hội đồng đang có ${have}`,
      );
    }
  }

  for (const [, ids] of groupBy(seats, (seat) => seat.organizationId)) {
    if (ids.length > limits.maxPerOrganization) {
      add(
        'organization_limit',
        `At most ${limits.maxPerOrganization} members may come from one organization`,
        `Tối đa ${limits.maxPerOrganization} thành viên từ cùng một cơ quan`,
        ids,
      );
    }
  }

  const loaded = seats.filter((seat) => seat.otherActivePanels + 1 > limits.maxActivePanels);
  if (loaded.length > 0) {
    add(
      'expert_load',
      `An expert may sit on at most ${limits.maxActivePanels} active panels in 12 months`,
      `Mỗi chuyên gia tham gia tối đa ${limits.maxActivePanels} hội đồng đang hoạt động trong 12 tháng`,
      loaded.map((seat) => seat.intellectualId),
    );
  }
  return violations;
}

export function balanceOf(seats: readonly SeatFacts[], requirements: PanelRequirements): PanelBalance {
  return {
    size: seats.length,
    women: seats.filter((seat) => seat.gender === 'female').length,
    under35: seats.filter((seat) => seat.ageBand === 'under_35').length,
    overseas: seats.filter((seat) => seat.overseas).length,
    fields: requirements.fieldCodes.map((code) => ({
      code,
      members: seats.filter((seat) => seat.fieldTree.includes(code)).length,
    })),
    organizations: [...groupBy(seats, (seat) => seat.organizationId)].map(([organizationId, ids]) => ({
      organizationId,
      members: ids.length,
    })),
  };
}

/** Seats grouped by a non-null key, as lists of intellectual ids. */
function groupBy(
  seats: readonly SeatFacts[],
  key: (seat: SeatFacts) => string | null,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const seat of seats) {
    const value = key(seat);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), seat.intellectualId]);
  }
  return groups;
}

import { describe, expect, it } from 'vitest';
import {
  addCandidate,
  draftOf,
  isChanged,
  membersInput,
  nextRole,
  removeMember,
  setOverrideReason,
  setRole,
  violationsOf,
  type DraftMember,
} from './draft';
import type { Candidate, ConflictFlag, PanelMember, Violation } from './panels-api';

const BLOCK: ConflictFlag = {
  rule: 'current_employer',
  severity: 'block',
  evidence: {
    en: 'Works at the requester',
    vi: 'Đang công tác tại cơ quan đặt hàng',
    drafterName: null,
    records: [],
  },
};
const WARN: ConflictFlag = { ...BLOCK, rule: 'past_employer', severity: 'warn' };

function member(id: string, role: DraftMember['role'], conflicts: ConflictFlag[] = []): DraftMember {
  return {
    intellectualId: id,
    fullName: `Người ${id}`,
    organizationName: null,
    role,
    conflicts,
    worstSeverity: conflicts[0]?.severity ?? null,
    overrideReason: '',
  };
}

function candidate(id: string, conflicts: ConflictFlag[] = []): Candidate {
  return {
    rank: 1,
    intellectualId: id,
    fullName: `Ứng viên ${id}`,
    status: 'active',
    organizationName: 'Viện Hải dương học',
    position: null,
    academicTitle: null,
    highestDegree: 'doctorate',
    score: 0.8,
    scoreParts: { evidence: 0.7, retrieval: 1, fields: 1, standing: 0.6 },
    reasons: [],
    matchedPhrases: [],
    fields: [],
    fieldsCovered: ['405'],
    fieldsNear: [],
    publicationCount: 0,
    conflicts,
    worstSeverity: conflicts[0]?.severity ?? null,
    load: { activePanels: 0, maxActivePanels: 5, limitReached: false },
    onPanel: false,
  };
}

describe('the role a newly added member takes', () => {
  it('is the chair, then the secretary, then the roles the request asks for, then member', () => {
    const wanted = { reviewer: 2 };
    expect(nextRole([], wanted)).toBe('chair');
    expect(nextRole([member('a', 'chair')], wanted)).toBe('secretary');
    const seated = [member('a', 'chair'), member('b', 'secretary')];
    expect(nextRole(seated, wanted)).toBe('reviewer');
    expect(nextRole([...seated, member('c', 'reviewer')], wanted)).toBe('reviewer');
    expect(nextRole([...seated, member('c', 'reviewer'), member('d', 'reviewer')], wanted)).toBe('member');
    expect(nextRole(seated, {})).toBe('member');
  });

  it('fills a chair taken away again before anything else', () => {
    const draft = [member('a', 'member'), member('b', 'secretary')];
    expect(addCandidate(draft, candidate('c'), { reviewer: 1 }).at(-1)?.role).toBe('chair');
  });
});

describe('editing the draft', () => {
  it('adds a candidate once, with its conflicts, and removes a member', () => {
    const once = addCandidate([], candidate('a', [BLOCK]), {});
    expect(addCandidate(once, candidate('a', [BLOCK]), {})).toHaveLength(1);
    expect(once[0]).toMatchObject({ fullName: 'Ứng viên a', worstSeverity: 'block', role: 'chair' });
    expect(removeMember(once, 'a')).toEqual([]);
  });

  it('changes one member’s role and reason, leaving the others', () => {
    const draft = [member('a', 'chair'), member('b', 'member', [BLOCK])];
    expect(setRole(draft, 'b', 'chair').map((m) => m.role)).toEqual(['chair', 'chair']);
    expect(setOverrideReason(draft, 'b', 'Duy nhất').map((m) => m.overrideReason)).toEqual(['', 'Duy nhất']);
  });

  it('keeps the saved members and their override reasons, not those who declined or were taken off', () => {
    const saved = (id: string, status: PanelMember['status']): PanelMember => ({
      intellectualId: id,
      fullName: id,
      organizationName: null,
      role: 'member',
      status,
      relevance: 0.5,
      conflicts: [BLOCK],
      worstSeverity: 'block',
      override: { reason: 'Chuyên gia duy nhất', byAccountId: null, at: null },
      load: { activePanels: 0, maxActivePanels: 5, limitReached: false },
    });
    const draft = draftOf([
      saved('a', 'proposed'),
      saved('b', 'declined'),
      saved('c', 'removed'),
      saved('d', 'accepted'),
    ]);
    expect(draft.map((m) => [m.intellectualId, m.overrideReason])).toEqual([
      ['a', 'Chuyên gia duy nhất'],
      ['d', 'Chuyên gia duy nhất'],
    ]);
  });
});

describe('the member list sent to the check and the save', () => {
  it('carries a trimmed override reason for a blocked member once it is long enough', () => {
    const blocked = member('b', 'member', [WARN, BLOCK]);
    expect(membersInput([{ ...blocked, overrideReason: ' ab ' }])).toEqual([
      { intellectualId: 'b', role: 'member' },
    ]);
    expect(membersInput([{ ...blocked, overrideReason: '  Chuyên gia duy nhất  ' }])).toEqual([
      { intellectualId: 'b', role: 'member', conflictOverrideReason: 'Chuyên gia duy nhất' },
    ]);
  });

  it('sends no reason for a member whose conflicts only warn', () => {
    expect(membersInput([{ ...member('w', 'chair', [WARN]), overrideReason: 'không cần' }])).toEqual([
      { intellectualId: 'w', role: 'chair' },
    ]);
  });

  it('counts as changed only what the save would send differently', () => {
    const saved = [member('a', 'chair'), member('b', 'secretary')];
    expect(isChanged([...saved].reverse(), saved)).toBe(false);
    expect(isChanged(setRole(saved, 'b', 'member'), saved)).toBe(true);
    expect(isChanged(removeMember(saved, 'a'), saved)).toBe(true);
    // a reason on a member without a blocking conflict is not sent, so nothing changed
    expect(isChanged(setOverrideReason(saved, 'a', 'lý do'), saved)).toBe(false);
  });
});

it('finds the violations that name a member', () => {
  const violation = (code: Violation['code'], ids: string[]): Violation => ({
    code,
    level: 'error',
    message: code,
    messageVi: code,
    intellectualIds: ids,
    fieldCode: null,
  });
  const violations = [violation('too_many_chairs', ['a', 'b']), violation('no_secretary', [])];
  expect(violationsOf(violations, 'a').map((v) => v.code)).toEqual(['too_many_chairs']);
  expect(violationsOf(violations, 'c')).toEqual([]);
});

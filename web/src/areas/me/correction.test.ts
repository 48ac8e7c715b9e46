import { describe, expect, it } from 'vitest';
import {
  correctionBody,
  correctionDraft,
  requestedChanges,
  targetFromParams,
  targetParams,
} from './correction';
import { editableFields, selfUpdateBody, sourceOwner, type Profile } from './fact-inputs';

const degreeId = '7b0c2f1e-0000-4000-8000-000000000001';
const profile = {
  id: 'p1',
  fullName: 'Nguyễn Thị Minh Châu',
  position: 'Phó Viện trưởng',
  sector: 'university',
  otherNames: ['Minh Châu'],
  biography: 'Nghiên cứu nuôi trồng thủy sản.',
  expertise: ['vắc xin thủy sản'],
  email: null,
  academicTitle: { code: 'associate_professor', year: 2015 },
  educations: [
    {
      id: degreeId,
      level: 'doctorate',
      institution: 'Wageningen University',
      major: null,
      year: 2010,
      source: 'hr_import',
      verification: { status: 'unverified', verifiedBy: null, verifiedAt: null },
    },
  ],
  lockedFacts: ['fullName', 'otherNames', 'position', 'sector', 'academicTitle', `educations.${degreeId}`],
} as unknown as Profile;

describe('the correction form opened from a locked fact', () => {
  it('is pre-filled with the fact and its current value', () => {
    const draft = correctionDraft(profile, { field: 'position' });
    expect(draft?.current).toEqual({ value: 'Phó Viện trưởng' });
    expect(draft?.initial).toEqual({ value: 'Phó Viện trưởng' });
  });

  it('asks for the new value only, trimmed, with the reason', () => {
    const draft = correctionDraft(profile, { field: 'position' })!;
    expect(correctionBody(draft, { value: '  Viện trưởng ' }, ' Quyết định số 12/QĐ ')).toEqual({
      changes: { position: 'Viện trưởng' },
      reason: 'Quyết định số 12/QĐ',
    });
  });

  it('has nothing to ask while the value is the current one', () => {
    const draft = correctionDraft(profile, { field: 'position' })!;
    expect(correctionBody(draft, { value: 'Phó Viện trưởng ' }, 'Quyết định số 12')).toBeUndefined();
    const names = correctionDraft(profile, { field: 'otherNames' })!;
    expect(correctionBody(names, { value: ['Minh Châu', ' '] }, 'Giấy khai sinh')).toBeUndefined();
  });

  it('asks to clear a fact left blank, and sends an academic title whole', () => {
    const position = correctionDraft(profile, { field: 'position' })!;
    expect(correctionBody(position, { value: '' }, 'Đã nghỉ hưu')?.changes).toEqual({ position: null });
    const title = correctionDraft(profile, { field: 'academicTitle' })!;
    expect(title.initial).toEqual({ value: { code: 'associate_professor', year: 2015 } });
    expect(
      correctionBody(title, { value: { code: 'professor', year: 2021 } }, 'Quyết định công nhận GS')?.changes,
    ).toEqual({ academicTitle: { code: 'professor', year: 2021 } });
  });

  it('pre-fills a recorded degree and asks for the facts that changed, or its removal', () => {
    const target = { part: 'educations', id: degreeId } as const;
    const draft = correctionDraft(profile, target)!;
    expect(draft.initial).toEqual({
      action: 'update',
      level: 'doctorate',
      institution: 'Wageningen University',
      major: '',
      year: 2010,
    });
    expect(correctionBody(draft, { ...draft.initial, year: 2011 }, 'Bằng tiến sĩ cấp năm 2011')).toEqual({
      parts: [{ part: 'educations', id: degreeId, action: 'update', changes: { year: 2011 } }],
      reason: 'Bằng tiến sĩ cấp năm 2011',
    });
    expect(correctionBody(draft, draft.initial, 'không đổi gì')).toBeUndefined();
    expect(
      correctionBody(draft, { ...draft.initial, action: 'delete' }, 'Không phải bằng của tôi')?.parts,
    ).toEqual([{ part: 'educations', id: degreeId, action: 'delete' }]);
  });

  it('is not offered for an item that is no longer in the profile', () => {
    expect(correctionDraft(profile, { part: 'educations', id: 'gone' })).toBeUndefined();
  });
});

describe('the link to the correction form', () => {
  it('round-trips a fact and an item, and ignores what is not a fact', () => {
    const field = { field: 'position' } as const;
    const item = { part: 'educations', id: degreeId } as const;
    expect(targetFromParams(new URLSearchParams(targetParams(field)))).toEqual(field);
    expect(targetFromParams(new URLSearchParams(targetParams(item)))).toEqual(item);
    expect(targetFromParams(new URLSearchParams('field=toString'))).toBeUndefined();
    expect(targetFromParams(new URLSearchParams('part=secrets&id=1'))).toBeUndefined();
  });
});

describe('my own edits', () => {
  it('offer the facts that are mine and not those the records hold', () => {
    const fields = editableFields(profile);
    expect(fields).toEqual(expect.arrayContaining(['biography', 'expertise', 'email', 'gender']));
    expect(fields).not.toContain('position');
    expect(fields).not.toContain('fullName');
  });

  it('send only what changed, with an emptied list as an empty list', () => {
    const fields = editableFields(profile);
    expect(
      selfUpdateBody(profile, fields, {
        biography: 'Chuyên gia vắc xin thủy sản.',
        expertise: [],
        email: '',
        gender: undefined,
      }),
    ).toEqual({ biography: 'Chuyên gia vắc xin thủy sản.', expertise: [] });
  });
});

describe('where a fact came from', () => {
  it('names Sở Nội vụ for an HR import or an officer', () => {
    expect(sourceOwner('hr_import')).toBe('records');
    expect(sourceOwner('officer')).toBe('records');
    expect(sourceOwner('self_declared')).toBe('self');
    expect(sourceOwner(undefined)).toBeUndefined();
  });
});

describe('my requests', () => {
  it('list each requested fact, and an item asked to be removed', () => {
    const lines = requestedChanges({
      id: 'r1',
      intellectualId: 'p1',
      changes: { position: 'Viện trưởng' },
      parts: [
        { part: 'educations', id: degreeId, action: 'update', changes: { year: 2011 } },
        { part: 'employments', id: 'e1', action: 'delete' },
      ],
      reason: 'Quyết định',
      status: 'pending',
      decisionReason: null,
      decidedAt: null,
      createdAt: '2026-12-01T03:00:00.000Z',
    });
    expect(lines).toEqual([
      { fact: 'position', value: 'Viện trưởng' },
      { fact: 'year', part: 'educations', action: 'update', value: 2011 },
      { part: 'employments', action: 'delete', value: null },
    ]);
  });
});

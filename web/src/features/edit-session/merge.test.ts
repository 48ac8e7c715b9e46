import { describe, expect, it } from 'vitest';
import { diffValues, editsOf, hasEdits, rebase, sameValue } from './merge';

const FIELDS = ['fullName', 'position', 'phone', 'expertise', 'academicTitle'] as const;

const base = {
  fullName: 'Nguyễn Thị Minh Châu',
  position: 'Giảng viên',
  phone: '0912345678',
  expertise: ['thủy sản'],
  academicTitle: null,
};

describe('sameValue', () => {
  it('treats an empty text box, an absent value and null alike, and an empty list as no list', () => {
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue([], null)).toBe(true);
    expect(sameValue(' ', null)).toBe(false);
  });

  it('compares lists in order and objects by their keys', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ code: 'professor', year: 2020 }, { year: 2020, code: 'professor' })).toBe(true);
    expect(sameValue({ code: 'professor', year: 2020 }, { code: 'professor', year: 2021 })).toBe(false);
  });
});

describe('editsOf', () => {
  it('sends only the fields the user changed, clearing with null', () => {
    const draft = { ...base, position: 'Trưởng khoa', phone: '' };
    expect(editsOf(base, draft, FIELDS)).toEqual({ position: 'Trưởng khoa', phone: null });
  });

  it('sends nothing when the user typed a value back to what it was', () => {
    expect(editsOf(base, { ...base, expertise: ['thủy sản'] }, FIELDS)).toEqual({});
  });
});

describe('rebase: reapplying my change on top of someone else’s', () => {
  it('shows their change, keeps it, and keeps mine on other fields', () => {
    const draft = { ...base, position: 'Trưởng khoa' };
    const current = { ...base, phone: '0987654321' };
    const result = rebase(base, draft, current, FIELDS);
    expect(result.theirs).toEqual([{ field: 'phone', before: '0912345678', after: '0987654321' }]);
    expect(result.overlapping).toEqual([]);
    expect(result.draft).toEqual({ ...base, phone: '0987654321', position: 'Trưởng khoa' });
    expect(result.patch).toEqual({ position: 'Trưởng khoa' });
  });

  it('names the fields we both changed differently; mine is what would be saved', () => {
    const draft = { ...base, position: 'Trưởng khoa' };
    const current = { ...base, position: 'Phó trưởng khoa' };
    const result = rebase(base, draft, current, FIELDS);
    expect(result.overlapping).toEqual(['position']);
    expect(result.draft.position).toBe('Trưởng khoa');
    expect(result.patch).toEqual({ position: 'Trưởng khoa' });
  });

  it('has nothing left to send when the other person made the same change', () => {
    const draft = { ...base, expertise: ['thủy sản', 'vắc xin'] };
    const current = { ...base, expertise: ['thủy sản', 'vắc xin'] };
    const result = rebase(base, draft, current, FIELDS);
    expect(result.overlapping).toEqual([]);
    expect(result.patch).toEqual({});
  });

  it('does not undo what they changed on fields outside my edits, even to no value', () => {
    const draft = { ...base, fullName: 'Nguyễn Thị Minh Châu (Châu)' };
    const current = { ...base, academicTitle: { code: 'associate_professor', year: 2024 }, phone: null };
    const result = rebase(base, draft, current, FIELDS);
    expect(result.draft).toEqual({
      ...base,
      fullName: 'Nguyễn Thị Minh Châu (Châu)',
      academicTitle: { code: 'associate_professor', year: 2024 },
      phone: null,
    });
    expect(result.patch).toEqual({ fullName: 'Nguyễn Thị Minh Châu (Châu)' });
    expect(result.theirs.map((d) => d.field)).toEqual(['phone', 'academicTitle']);
  });
});

describe('diffValues', () => {
  it('lists differences in the order of the fields, with null for no value', () => {
    expect(diffValues({ a: '', b: 1 }, { a: 'x', b: undefined }, ['b', 'a'])).toEqual([
      { field: 'b', before: 1, after: null },
      { field: 'a', before: null, after: 'x' },
    ]);
  });
});

describe('hasEdits', () => {
  it('sees a change the user has not saved, and none when the form holds the version they started from', () => {
    expect(hasEdits(base, { ...base }, FIELDS)).toBe(false);
    expect(hasEdits(base, { ...base, academicTitle: '' }, FIELDS)).toBe(false);
    expect(hasEdits(base, { ...base, position: 'Giảng viên chính' }, FIELDS)).toBe(true);
    expect(hasEdits(base, { ...base, expertise: ['thủy sản', 'nuôi biển'] }, FIELDS)).toBe(true);
  });
});

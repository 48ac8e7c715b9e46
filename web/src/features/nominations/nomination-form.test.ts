import { describe, expect, it } from 'vitest';
import {
  answerOf,
  createBody,
  formOf,
  nominatorChoices,
  updateBody,
  valuesFromForm,
  valuesOf,
  workOf,
  type Nomination,
} from './nomination-form';

const CAMPAIGN = '7d3c2a4e-0b5f-4c8e-9a61-2f0d8e1b3c55';
const PERSON = '1f6e9b0c-3a2d-4e57-8c19-6b4a2d0f7e31';

describe('workOf', () => {
  it('is no work while every box is empty (spaces too)', () => {
    expect(workOf(undefined)).toBeNull();
    expect(workOf({})).toBeNull();
    expect(workOf({ title: '  ', summary: '', appliedIn: null, fromYear: null })).toBeNull();
  });

  it('keeps what was typed, trimmed, and leaves missing parts for the API to name', () => {
    expect(workOf({ title: ' Vắc xin cá chẽm ', fromYear: 2019 })).toEqual({
      title: 'Vắc xin cá chẽm',
      summary: '',
      appliedIn: null,
      fromYear: 2019,
      toYear: null,
    });
  });
});

describe('the draft’s bodies', () => {
  const values = valuesFromForm({
    category: 'Nghiên cứu khoa học',
    work: { title: 'Vắc xin cá chẽm', summary: 'Giảm tỷ lệ chết của cá nuôi lồng', appliedIn: 'Vạn Ninh' },
    statement: '  ',
  });

  it('creates with the campaign, the nominee and who nominates, leaving out empty fields', () => {
    expect(createBody(CAMPAIGN, PERSON, 'organization', values)).toEqual({
      campaignId: CAMPAIGN,
      nomineeId: PERSON,
      nominatedBy: 'organization',
      category: 'Nghiên cứu khoa học',
      work: {
        title: 'Vắc xin cá chẽm',
        summary: 'Giảm tỷ lệ chết của cá nuôi lồng',
        appliedIn: 'Vạn Ninh',
        fromYear: null,
        toYear: null,
      },
    });
    expect(createBody(CAMPAIGN, PERSON, 'self', valuesFromForm({}))).toEqual({
      campaignId: CAMPAIGN,
      nomineeId: PERSON,
      nominatedBy: 'self',
    });
  });

  it('patches only what changed; clearing sends null for the work and an empty statement', () => {
    expect(updateBody({ statement: 'Đề nghị xét tặng' })).toEqual({ statement: 'Đề nghị xét tặng' });
    expect(updateBody({ work: null, statement: null })).toEqual({ work: null, statement: '' });
    expect(updateBody({})).toEqual({});
  });

  it('sends the linked works: all of them when created, a list given replaces when patched', () => {
    const linked = valuesFromForm({ publicationIds: ['p1', 'p2'], researchProjectIds: [] });
    expect(linked).toMatchObject({
      publicationIds: ['p1', 'p2'],
      intellectualPropertyIds: [],
      researchProjectIds: [],
    });
    expect(createBody(CAMPAIGN, PERSON, 'staff', linked)).toEqual({
      campaignId: CAMPAIGN,
      nomineeId: PERSON,
      nominatedBy: 'staff',
      publicationIds: ['p1', 'p2'],
    });
    expect(updateBody({ publicationIds: [], researchProjectIds: ['r1'] })).toEqual({
      publicationIds: [],
      researchProjectIds: ['r1'],
    });
  });

  it('round-trips a stored draft through the form', () => {
    const stored = {
      category: 'Ứng dụng công nghệ',
      work: {
        title: 'Lưới',
        summary: 'Lưới nuôi tôm hùm bền',
        appliedIn: null,
        fromYear: 2020,
        toYear: 2023,
      },
      statement: '',
      publicationIds: ['p1'],
      intellectualPropertyIds: [],
      researchProjectIds: ['r1'],
    } as unknown as Nomination;
    const values = valuesOf(stored);
    expect(values.statement).toBeNull();
    expect(values.researchProjectIds).toEqual(['r1']);
    expect(valuesFromForm(formOf(values))).toEqual(values);
  });
});

describe('nominatorChoices', () => {
  it('offers the agency’s organization, staff the association, a person themself where allowed', () => {
    expect(
      nominatorChoices({ organizationId: CAMPAIGN, staff: false }, { allowsSelfNomination: true }),
    ).toEqual(['organization']);
    expect(nominatorChoices({ staff: true }, { allowsSelfNomination: false })).toEqual(['staff']);
    expect(
      nominatorChoices({ intellectualId: PERSON, staff: false }, { allowsSelfNomination: true }),
    ).toEqual(['self']);
    expect(
      nominatorChoices({ intellectualId: PERSON, staff: false }, { allowsSelfNomination: false }),
    ).toEqual([]);
  });
});

describe('answerOf', () => {
  it('tells waiting, accepted and declined (with the reason) apart; a draft has no answer', () => {
    const at = '2026-12-01T03:00:00.000Z';
    const base = { nominatedBy: 'organization' as const, answeredAt: null, declineReason: null };
    expect(answerOf({ ...base, state: 'draft' }).kind).toBe('none');
    expect(answerOf({ ...base, state: 'submitted' }).kind).toBe('waiting');
    expect(answerOf({ ...base, state: 'accepted', answeredAt: at })).toEqual({
      kind: 'accepted',
      at,
      reason: null,
    });
    expect(answerOf({ ...base, state: 'declined', answeredAt: at, declineReason: 'Bận' })).toEqual({
      kind: 'declined',
      at,
      reason: 'Bận',
    });
  });
});

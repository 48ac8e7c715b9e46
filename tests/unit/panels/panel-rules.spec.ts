import type { ConflictFlag } from '../../../src/panels/conflicts/conflict-rules';
import {
  balanceOf,
  checkPanel,
  PanelRequirements,
  PanelLimits,
  SeatFacts,
} from '../../../src/panels/panel/panel-rules';

/** The defaults of PANEL_MAX_PER_ORGANIZATION and PANEL_MAX_ACTIVE_PANELS. */
const DEFAULT_PANEL_LIMITS: PanelLimits = { maxPerOrganization: 2, maxActivePanels: 3 };
const requirements: PanelRequirements = {
  sizeMin: 3,
  sizeMax: 5,
  fieldCodes: ['101', '201'],
  rolesWanted: {},
};

function seat(id: string, overrides: Partial<SeatFacts> = {}): SeatFacts {
  return {
    intellectualId: id,
    role: 'member',
    organizationId: `org-${id}`,
    fieldTree: ['1', '101'],
    gender: 'male',
    ageBand: '45_54',
    overseas: false,
    conflicts: [],
    overrideReason: null,
    otherActivePanels: 0,
    ...overrides,
  };
}

const good = () => [
  seat('a', { role: 'chair' }),
  seat('b', { fieldTree: ['2', '201'] }),
  seat('c', { role: 'secretary' }),
];
const codes = (seats: SeatFacts[], finalised = false, req = requirements) =>
  checkPanel(seats, req, DEFAULT_PANEL_LIMITS, finalised).map((v) => [v.code, v.level]);
const block: ConflictFlag = {
  rule: 'drafter',
  severity: 'block',
  evidence: { en: '', vi: '', drafterName: null, records: [] },
};

describe('panel composition rules', () => {
  it('accepts a panel with one chair, one secretary, the size in range and every field covered', () => {
    expect(codes(good(), true)).toEqual([]);
  });

  it('refuses two chairs or two secretaries at any time', () => {
    expect(codes([...good(), seat('d', { role: 'chair' })])).toEqual([['too_many_chairs', 'error']]);
    expect(codes([...good(), seat('d', { role: 'secretary' })])).toEqual([['too_many_secretaries', 'error']]);
  });

  it('refuses a blocked member without an override reason, accepts one with a reason', () => {
    const blocked = seat('d', { conflicts: [block] });
    expect(codes([...good(), blocked])).toEqual([['blocked_without_override', 'error']]);
    expect(codes([...good(), { ...blocked, overrideReason: 'Chuyên gia duy nhất về lĩnh vực này' }])).toEqual(
      [],
    );
  });

  it('refuses a saved panel without a chair or secretary or outside the size range', () => {
    const lone = [seat('a')];
    expect(codes(lone)).toEqual([
      ['no_chair', 'error'],
      ['no_secretary', 'error'],
      ['size_below_minimum', 'error'],
      ['field_not_covered', 'warning'],
    ]);
    const six = [...good(), seat('d'), seat('e'), seat('f')];
    expect(codes(six)).toEqual([['size_above_maximum', 'error']]);
  });

  it('warns about uncovered fields and role counts while forming, refuses them when finalising', () => {
    const uncovered = [seat('a', { role: 'chair' }), seat('b'), seat('c', { role: 'secretary' })];
    const wanted = { ...requirements, rolesWanted: { reviewer: 1 } };
    expect(codes(uncovered, false, wanted)).toEqual([
      ['field_not_covered', 'warning'],
      ['role_count_differs', 'warning'],
    ]);
    expect(codes(uncovered, true, wanted).every(([, level]) => level === 'error')).toBe(true);
  });

  it('names the uncovered field', () => {
    const [violation] = checkPanel(
      [seat('a', { role: 'chair' }), seat('b'), seat('c', { role: 'secretary' })],
      requirements,
      DEFAULT_PANEL_LIMITS,
      false,
    );
    expect(violation).toMatchObject({ code: 'field_not_covered', fieldCode: '201' });
  });

  it('says which field is uncovered and which role is short by name, not by code', () => {
    const fieldNames = new Map([['201', { nameVi: 'Kỹ thuật dân dụng', nameEn: 'Civil engineering' }]]);
    const violations = checkPanel(
      [seat('a', { role: 'chair' }), seat('b'), seat('c', { role: 'secretary' })],
      { ...requirements, fieldNames, rolesWanted: { reviewer: 2 } },
      DEFAULT_PANEL_LIMITS,
      false,
    );
    expect(violations.map(({ vi, en }) => ({ vi, en }))).toEqual([
      {
        vi: 'Chưa có thành viên thuộc lĩnh vực Kỹ thuật dân dụng (201)',
        en: 'No member covers the field Civil engineering (201)',
      },
      {
        vi: 'Yêu cầu có 2 Ủy viên phản biện, hội đồng đang có 0',
        en: 'The request asks for 2 reviewer member(s), the panel has 0',
      },
    ]);
  });

  it('counts a field covered by a member of a sub-field through the member’s field tree', () => {
    expect(codes(good(), false, { ...requirements, fieldCodes: ['1', '2'] })).toEqual([]);
  });

  it('refuses N+1 members from one organization, not N', () => {
    const same = (id: string, role: SeatFacts['role'] = 'member') =>
      seat(id, { role, organizationId: 'uni' });
    expect(
      codes([same('a', 'chair'), same('b'), seat('c', { role: 'secretary', fieldTree: ['201'] })]),
    ).toEqual([]);
    expect(
      codes([same('a', 'chair'), same('b'), same('c', 'secretary'), seat('d', { fieldTree: ['201'] })]),
    ).toEqual([['organization_limit', 'error']]);
  });

  it('refuses a panel that would be an expert’s M+1th active panel in 12 months, not the Mth', () => {
    const [a, b, c] = good();
    expect(codes([{ ...a, otherActivePanels: 2 }, b, c])).toEqual([]);
    expect(codes([{ ...a, otherActivePanels: 3 }, b, c])).toEqual([['expert_load', 'error']]);
  });

  it('compares the wanted role counts', () => {
    expect(codes(good(), false, { ...requirements, rolesWanted: { reviewer: 1 } })).toEqual([
      ['role_count_differs', 'warning'],
    ]);
  });

  it('shows the balance: women, under-35s, people abroad, members per field and organization', () => {
    const seats = [
      seat('a', { gender: 'female', ageBand: 'under_35', organizationId: 'uni' }),
      seat('b', { overseas: true, fieldTree: ['201'], organizationId: 'uni' }),
      seat('c', { gender: 'female', organizationId: null }),
    ];
    expect(balanceOf(seats, requirements)).toEqual({
      size: 3,
      women: 2,
      under35: 1,
      overseas: 1,
      fields: [
        { code: '101', members: 2 },
        { code: '201', members: 1 },
      ],
      organizations: [{ organizationId: 'uni', members: 2 }],
    });
  });
});

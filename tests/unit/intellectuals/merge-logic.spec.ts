import { PROFILE_FIELDS } from '../../../src/intellectuals/dto/profile.dto';
import { Intellectual } from '../../../src/intellectuals/entities/intellectual.entity';
import { Provenance } from '../../../src/intellectuals/entities/provenance';
import { CandidatePair, groupCandidates } from '../../../src/intellectuals/duplicates/duplicate-groups';
import {
  LIST_FACTS,
  mergedProvenance,
  mergeFacts,
  SINGLE_FACTS,
} from '../../../src/intellectuals/duplicates/merge-facts';

function person(overrides: Partial<Intellectual> = {}): Intellectual {
  return Object.assign(new Intellectual(), {
    fullName: 'Nguyễn Văn An',
    otherNames: [],
    gender: null,
    birthDate: null,
    ethnicGroupCode: null,
    nationalId: null,
    hometown: null,
    disability: null,
    homeAddress: null,
    communeCode: null,
    provinceName: null,
    countryCode: 'VN',
    email: null,
    phone: null,
    biography: null,
    expertise: [],
    languages: [],
    primaryFieldCode: null,
    fieldCodes: [],
    academicTitle: null,
    honoraryTitles: [],
    organizationId: null,
    organizationName: null,
    position: null,
    sector: null,
    civilService: null,
    status: 'active',
    overseasInfo: null,
    provenance: {},
    ...overrides,
  });
}

const provenance = (source: Provenance['source'], verified = false): Provenance => ({
  source,
  verification: verified ? 'verified' : 'unverified',
  verifiedBy: verified ? 'officer-1' : null,
  verifiedAt: verified ? '2026-01-01T00:00:00.000Z' : null,
});

describe('mergeFacts', () => {
  it('covers every top-level field exactly once, as a single-valued fact or a list', () => {
    const covered = [...Object.values(SINGLE_FACTS).flat(), ...LIST_FACTS];
    expect([...covered].sort()).toEqual([...PROFILE_FIELDS].sort());
  });

  it('takes over what only the other record has, and unites lists', () => {
    const plan = mergeFacts(
      person({ expertise: ['AI'], honoraryTitles: [{ code: 'NGUT', year: 2018 }] }),
      person({
        nationalId: '056070001234',
        expertise: ['AI', 'thủy sản'],
        honoraryTitles: [{ year: 2018, code: 'NGUT' }, { code: 'NGND' }],
      }),
      {},
    );
    expect(plan).toEqual({
      values: {
        nationalId: '056070001234',
        expertise: ['AI', 'thủy sản'],
        honoraryTitles: [{ code: 'NGUT', year: 2018 }, { code: 'NGND' }],
      },
      discarded: {},
      conflicts: [],
      needlessChoices: [],
    });
  });

  it('reports each fact both records hold differently, with both values, until a side is chosen', () => {
    const survivor = person({ nationalId: '056070000001', communeCode: '22366' });
    const other = person({ nationalId: '056070000002', provinceName: 'Hà Nội', fullName: 'Nguyen Van An' });
    expect(mergeFacts(survivor, other, {}).conflicts).toEqual([
      { fact: 'fullName', survivor: 'Nguyễn Văn An', other: 'Nguyen Van An' },
      { fact: 'nationalId', survivor: '056070000001', other: '056070000002' },
      {
        fact: 'residence',
        survivor: { communeCode: '22366', provinceName: null, countryCode: 'VN' },
        other: { communeCode: null, provinceName: 'Hà Nội', countryCode: 'VN' },
      },
    ]);
    const chosen = mergeFacts(survivor, other, {
      fullName: 'survivor',
      nationalId: 'other',
      residence: 'other',
    });
    expect(chosen).toEqual({
      values: { nationalId: '056070000002', communeCode: null, provinceName: 'Hà Nội', countryCode: 'VN' },
      discarded: {
        fullName: 'Nguyen Van An',
        nationalId: '056070000001',
        residence: { communeCode: '22366', provinceName: null, countryCode: 'VN' },
      },
      conflicts: [],
      needlessChoices: [],
    });
  });

  it('takes the employer as one fact: a catalog organization and a free-text name are two employers', () => {
    const plan = mergeFacts(person({ organizationId: 'org-1' }), person({ organizationName: 'Viện X' }), {});
    expect(plan.conflicts).toEqual([
      {
        fact: 'employer',
        survivor: { organizationId: 'org-1', organizationName: null },
        other: { organizationId: null, organizationName: 'Viện X' },
      },
    ]);
  });

  it('does not count equal objects with other key orders, or a default residence, as conflicts', () => {
    const plan = mergeFacts(
      person({ academicTitle: { code: 'professor', year: 2010 }, communeCode: '22366' }),
      person({ academicTitle: { year: 2010, code: 'professor' } as never }),
      {},
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.values).toEqual({});
  });

  it('names choices about facts on which the records agree', () => {
    expect(mergeFacts(person(), person({ phone: '0912345678' }), { phone: 'other' }).needlessChoices).toEqual(
      ['phone'],
    );
  });
});

describe('mergedProvenance', () => {
  it('stays verified only if both records were', () => {
    expect(mergedProvenance('identity', provenance('hr_import', true), provenance('officer', true))).toEqual(
      provenance('hr_import', true),
    );
    expect(mergedProvenance('identity', provenance('hr_import', true), provenance('officer'))).toEqual(
      provenance('hr_import'),
    );
  });

  it("keeps the owner's source when either record has it", () => {
    // the records own identity: a self-declared survivor taking HR facts stays protected from /me
    expect(mergedProvenance('identity', provenance('self_declared'), provenance('hr_import')).source).toBe(
      'hr_import',
    );
    // the person owns expertise: what they declared stays protected from imports
    expect(mergedProvenance('expertise', provenance('hr_import'), provenance('self_declared')).source).toBe(
      'self_declared',
    );
    expect(mergedProvenance('expertise', provenance('self_declared'), provenance('hr_import')).source).toBe(
      'self_declared',
    );
  });
});

describe('groupCandidates', () => {
  const pair = (firstId: string, secondId: string, score: number): CandidatePair => ({
    firstId,
    secondId,
    score,
  });

  it('joins the pairs of three copies into one group of three', () => {
    const pairs = [pair('a', 'b', 0.9), pair('b', 'c', 0.9), pair('a', 'c', 1), pair('x', 'y', 0.5)];
    expect(groupCandidates(pairs)).toEqual([
      { score: 1, ids: ['a', 'b', 'c'], links: [pairs[2], pairs[0], pairs[1]] },
      { score: 0.5, ids: ['x', 'y'], links: [pairs[3]] },
    ]);
  });

  it('cuts a chain of similar names at its weakest links to keep groups small', () => {
    const chain = [pair('a', 'b', 0.9), pair('b', 'c', 0.8), pair('c', 'd', 0.7), pair('d', 'e', 0.9)];
    expect(groupCandidates(chain, 3).map((group) => group.ids)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});

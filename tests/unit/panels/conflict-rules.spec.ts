import { DEFAULT_CONFLICT_POLICY } from '../../../src/panels/conflicts/conflict-policy';
import {
  CandidateFacts,
  ConflictSubject,
  conflictsOf,
  DrafterFacts,
} from '../../../src/panels/conflicts/conflict-rules';

/** "Today" is in 2026 for every case, so each window's edge is a fixed year. */
const YEAR = 2026;
const REQUESTER = 'org-requester';
const DRAFTER_ORG = 'org-drafter';

function drafter(overrides: Partial<DrafterFacts> = {}): DrafterFacts {
  return {
    intellectualId: 'drafter-1',
    name: 'Trần Thị Bình',
    organizationIds: [DRAFTER_ORG],
    publications: [],
    projects: [],
    ...overrides,
  };
}

function subject(drafters: DrafterFacts[] = [drafter()]): ConflictSubject {
  return {
    requestingOrganizationId: REQUESTER,
    drafters,
    organizationNames: new Map([
      [REQUESTER, 'Sở Khoa học và Công nghệ'],
      [DRAFTER_ORG, 'Viện Hải dương học'],
    ]),
  };
}

function candidate(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    id: 'candidate-1',
    organizationId: 'org-elsewhere',
    employments: [],
    publications: [],
    projects: [],
    relations: [],
    declaredConflict: null,
    ...overrides,
  };
}

const flagsOf = (c: CandidateFacts, s: ConflictSubject = subject()) =>
  conflictsOf(s, c, DEFAULT_CONFLICT_POLICY, YEAR).map((f) => [f.rule, f.severity]);

describe('conflict-of-interest rules', () => {
  it('finds nothing between unrelated people', () => {
    expect(flagsOf(candidate())).toEqual([]);
  });

  it('blocks a candidate who drafted the proposal, with the drafter named', () => {
    const [flag] = conflictsOf(subject(), candidate({ id: 'drafter-1' }), DEFAULT_CONFLICT_POLICY, YEAR);
    expect(flag).toEqual({
      rule: 'drafter',
      severity: 'block',
      evidence: expect.objectContaining({ drafterName: 'Trần Thị Bình' }) as unknown,
    });
  });

  describe('employment', () => {
    it('blocks someone working now at the requesting organization', () => {
      expect(flagsOf(candidate({ organizationId: REQUESTER }))).toEqual([['current_employer', 'block']]);
    });

    it("blocks an ongoing employment at a drafter's organization, even if the profile names another", () => {
      const job = { id: 'e1', organizationId: DRAFTER_ORG, fromYear: 2015, toYear: null };
      expect(flagsOf(candidate({ employments: [job] }))).toEqual([['current_employer', 'block']]);
    });

    it('warns about an employment that ended 3 years ago (inside) but not 4 years ago (outside)', () => {
      const ended = (toYear: number) =>
        candidate({ employments: [{ id: 'e1', organizationId: REQUESTER, fromYear: 2010, toYear }] });
      expect(flagsOf(ended(YEAR - 3))).toEqual([['past_employer', 'warn']]);
      expect(flagsOf(ended(YEAR - 4))).toEqual([]);
    });

    it('names the organization and the year in the evidence', () => {
      const [flag] = conflictsOf(
        subject(),
        candidate({ employments: [{ id: 'e1', organizationId: DRAFTER_ORG, fromYear: 2010, toYear: 2024 }] }),
        DEFAULT_CONFLICT_POLICY,
        YEAR,
      );
      expect(flag.evidence).toEqual({
        en: 'Worked at Viện Hải dương học (organization of drafter Trần Thị Bình) until 2024',
        vi: 'Đã công tác tại Viện Hải dương học (cơ quan của người soạn thảo Trần Thị Bình) đến năm 2024',
        drafterName: 'Trần Thị Bình',
        records: [{ kind: 'employment', id: 'e1', label: 'Viện Hải dương học', year: 2024 }],
      });
    });
  });

  describe('co-authorship', () => {
    const work = (id: string, year: number, title = `Work ${id}`, doi: string | null = null) => ({
      id,
      doi,
      title,
      year,
    });

    it('warns about a shared DOI 5 years ago (inside) but not 6 years ago (outside)', () => {
      const shared = (year: number) =>
        flagsOf(
          candidate({ publications: [work('c1', year, 'A', 'https://doi.org/10.1000/XYZ')] }),
          subject([drafter({ publications: [work('d1', year, 'B', '10.1000/xyz')] })]),
        );
      expect(shared(YEAR - 5)).toEqual([['co_authorship', 'warn']]);
      expect(shared(YEAR - 6)).toEqual([]);
    });

    it('matches the same title and year once case, diacritics and punctuation are folded', () => {
      const mine = work('c1', 2024, 'Nuôi tôm hùm lồng ở Vịnh Vân Phong');
      const theirs = work('d1', 2024, 'nuoi tom hum long o vinh van phong.');
      expect(
        flagsOf(candidate({ publications: [mine] }), subject([drafter({ publications: [theirs] })])),
      ).toEqual([['co_authorship', 'warn']]);
      const otherYear = { ...theirs, year: 2023 };
      expect(
        flagsOf(candidate({ publications: [mine] }), subject([drafter({ publications: [otherYear] })])),
      ).toEqual([]);
    });

    it('blocks from 3 shared works, warns at 2', () => {
      const works = [work('a', 2025), work('b', 2024), work('c', 2023)];
      const withShared = (n: number) =>
        flagsOf(candidate({ publications: works.slice(0, n) }), subject([drafter({ publications: works })]));
      expect(withShared(2)).toEqual([['co_authorship', 'warn']]);
      expect(withShared(3)).toEqual([['co_authorship', 'block']]);
    });

    it('counts only works inside the window toward the block', () => {
      const works = [work('a', 2025), work('b', 2024), work('c', YEAR - 6)];
      expect(
        flagsOf(candidate({ publications: works }), subject([drafter({ publications: works })])),
      ).toEqual([['co_authorship', 'warn']]);
    });
  });

  describe('shared research project', () => {
    const project = (endYear: number | null, code: string | null = 'ĐT.2020/01') => ({
      id: 'p1',
      code,
      title: 'Phát triển nuôi biển bền vững',
      startYear: 2018,
      endYear,
    });
    const shared = (endYear: number | null) =>
      flagsOf(
        candidate({ projects: [project(endYear)] }),
        subject([drafter({ projects: [{ ...project(endYear), id: 'p2', title: 'Other title' }] })]),
      );

    it('warns about a project that ended 5 years ago (inside) but not 6 (outside)', () => {
      expect(shared(YEAR - 5)).toEqual([['shared_project', 'warn']]);
      expect(shared(YEAR - 6)).toEqual([]);
    });

    it('warns about an ongoing project', () => {
      expect(shared(null)).toEqual([['shared_project', 'warn']]);
    });
  });

  describe('declared relations', () => {
    const related = (kind: string, toYear: number | null, otherId = 'drafter-1') =>
      candidate({ relations: [{ id: 'r1', otherId, kind, fromYear: 2000, toYear }] });

    it.each(['family', 'advisor_student', 'business_partner'])('blocks %s at any time', (kind) => {
      expect(flagsOf(related(kind, 1990))).toEqual([['close_relation', 'block']]);
    });

    it('warns about a colleague relation that ended 3 years ago (inside) but not 4 (outside)', () => {
      expect(flagsOf(related('colleague', YEAR - 3))).toEqual([['colleague_relation', 'warn']]);
      expect(flagsOf(related('colleague', YEAR - 4))).toEqual([]);
      expect(flagsOf(related('colleague', null))).toEqual([['colleague_relation', 'warn']]);
    });

    it('ignores relations with people who did not draft the proposal, and drafters known only by name', () => {
      expect(flagsOf(related('family', null, 'someone-else'))).toEqual([]);
      expect(flagsOf(related('family', null), subject([drafter({ intellectualId: null })]))).toEqual([]);
    });
  });

  it('blocks a conflict the candidate declared when answering the invitation', () => {
    const declared = candidate({ declaredConflict: { text: 'Tôi là cố vấn của dự án', at: new Date() } });
    expect(flagsOf(declared)).toEqual([['declared_conflict', 'block']]);
  });
});

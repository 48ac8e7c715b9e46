import { DomainError } from '../../../src/common/errors/domain-error';
import { Criterion, parseCriteria } from '../../../src/honors/campaigns/campaign-criteria';
import { mayMoveCampaign } from '../../../src/honors/campaigns/campaign-states';
import { EligibilityFacts, evaluateCriteria } from '../../../src/honors/campaigns/eligibility-rules';

function facts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    status: 'active',
    communeCode: null,
    communeName: null,
    countryCode: 'VN',
    organization: null,
    academicTitle: null,
    educations: [],
    publications: [],
    intellectualProperties: [],
    researchProjects: [],
    awards: [],
    ...overrides,
  };
}

const outcomeOf = (criterion: Criterion, person: EligibilityFacts, kind = 'provincial_st_award' as const) =>
  evaluateCriteria({ kind, year: 2026, criteria: [criterion] }, person)[0];

function fieldsRefused(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    return (error as DomainError).errors.map((problem) => problem.field);
  }
}

describe('honor campaign criteria', () => {
  it('refuses every definition that cannot be evaluated, naming the field', () => {
    expect(
      fieldsRefused(() =>
        parseCriteria([
          { kind: 'criminal_record_check' },
          { kind: 'publications', indexClasses: ['SCIE', 'WoS'], withinYears: 5 },
          { kind: 'min_degree_or_title', level: 'phd' },
          { kind: 'research_projects', level: 'district', minCount: 1 },
          { kind: 'active', minCount: 2 },
          { kind: 'declaration' },
        ]),
      ),
    ).toEqual([
      'criteria[0].kind',
      'criteria[1].minCount',
      'criteria[1].indexClasses',
      'criteria[2].level',
      'criteria[3].level',
      'criteria[4].minCount',
      'criteria[5].declarationText',
    ]);
  });

  it('keeps a valid definition with its parameters, index classes once', () => {
    expect(
      parseCriteria([
        { kind: 'publications', indexClasses: ['SCIE', 'Scopus', 'SCIE'], withinYears: 5, minCount: 2 },
      ]),
    ).toEqual([{ kind: 'publications', indexClasses: ['SCIE', 'Scopus'], withinYears: 5, minCount: 2 }]);
  });

  it('moves campaigns only forward, one state at a time', () => {
    expect(mayMoveCampaign('draft', 'open')).toBe(true);
    expect(mayMoveCampaign('draft', 'in_review')).toBe(false);
    expect(mayMoveCampaign('published', 'archived')).toBe(true);
    expect(mayMoveCampaign('archived', 'draft')).toBe(false);
  });
});

describe('eligibility evaluation', () => {
  const publications: Criterion = {
    kind: 'publications',
    indexClasses: ['SCIE', 'Scopus'],
    withinYears: 5,
    minCount: 2,
  };
  const paper = (id: string, year: number, indexClass: 'SCIE' | 'Scopus' | 'ESCI' = 'SCIE') => ({
    id,
    title: `Paper ${id}`,
    year,
    indexClass,
  });

  it('counts publications of the classes within the last N years, the campaign year included', () => {
    const result = outcomeOf(
      publications,
      facts({
        publications: [
          paper('a', 2022),
          paper('b', 2026, 'Scopus'),
          paper('c', 2021),
          paper('d', 2025, 'ESCI'),
        ],
      }),
    );
    expect(result).toMatchObject({ outcome: 'pass', count: 2, required: 2, fromYear: 2022, toYear: 2026 });
    expect(result.facts.map((fact) => fact.id)).toEqual(['a', 'b']);
    expect(
      outcomeOf(publications, facts({ publications: [paper('a', 2022), paper('c', 2021)] })),
    ).toMatchObject({
      outcome: 'fail',
      count: 1,
    });
  });

  it('reads residence in a Khánh Hòa commune or work at an organization in one', () => {
    const province: Criterion = { kind: 'resides_or_works_in_province' };
    expect(
      outcomeOf(province, facts({ communeCode: '22366', communeName: 'Phường Nha Trang' })),
    ).toMatchObject({
      outcome: 'pass',
      facts: [{ source: 'residence', label: 'Phường Nha Trang', detail: '22366' }],
    });
    const worksHere = facts({
      countryCode: 'JP',
      organization: { id: 'o', name: 'NTU', communeCode: '22366' },
    });
    expect(outcomeOf(province, worksHere)).toMatchObject({
      outcome: 'pass',
      facts: [{ source: 'organization', id: 'o' }],
    });
    expect(
      outcomeOf(
        province,
        facts({ countryCode: 'JP', organization: { id: 'o', name: 'X', communeCode: null } }),
      ),
    ).toMatchObject({ outcome: 'fail', facts: [] });
  });

  it('compares the highest degree, and titles by rank', () => {
    const doctorate = facts({
      educations: [
        { id: 'e1', level: 'bachelor', institution: 'NTU', year: 2002 },
        { id: 'e2', level: 'doctorate', institution: 'WUR', year: 2010 },
      ],
    });
    expect(outcomeOf({ kind: 'min_degree_or_title', level: 'doctorate' }, doctorate)).toMatchObject({
      outcome: 'pass',
      facts: [{ id: 'e2', detail: 'doctorate' }],
    });
    expect(outcomeOf({ kind: 'min_degree_or_title', level: 'doctor_of_science' }, doctorate).outcome).toBe(
      'fail',
    );
    const professor = facts({ academicTitle: 'professor' });
    expect(outcomeOf({ kind: 'min_degree_or_title', level: 'associate_professor' }, professor).outcome).toBe(
      'pass',
    );
    const associate = facts({ academicTitle: 'associate_professor' });
    expect(outcomeOf({ kind: 'min_degree_or_title', level: 'professor' }, associate).outcome).toBe('fail');
  });

  it('counts granted patents and utility solutions, not filed applications or designs', () => {
    const ip = (
      id: string,
      kind: 'patent' | 'utility_solution' | 'industrial_design',
      status: 'filed' | 'granted',
    ) => ({
      id,
      title: id,
      kind,
      status,
      year: 2024,
    });
    const person = facts({
      intellectualProperties: [
        ip('p', 'patent', 'granted'),
        ip('u', 'utility_solution', 'granted'),
        ip('f', 'patent', 'filed'),
        ip('d', 'industrial_design', 'granted'),
      ],
    });
    expect(outcomeOf({ kind: 'patents_or_utility_solutions', minCount: 2 }, person)).toMatchObject({
      outcome: 'pass',
      count: 2,
    });
    expect(outcomeOf({ kind: 'patents_or_utility_solutions', minCount: 3 }, person)).toMatchObject({
      outcome: 'fail',
      count: 2,
    });
  });

  it('counts research projects at the level or above', () => {
    const project = (id: string, level: 'national' | 'provincial' | 'grassroots') => ({
      id,
      title: id,
      level,
      endYear: 2020,
    });
    const person = facts({
      researchProjects: [project('n', 'national'), project('p', 'provincial'), project('g', 'grassroots')],
    });
    expect(outcomeOf({ kind: 'research_projects', level: 'provincial', minCount: 2 }, person)).toMatchObject({
      outcome: 'pass',
      count: 2,
    });
    expect(outcomeOf({ kind: 'research_projects', level: 'ministerial', minCount: 2 }, person)).toMatchObject(
      { outcome: 'fail', count: 1 },
    );
  });

  it('finds an earlier award of the same honor by prize code or by name, only for that kind', () => {
    const award = (id: string, name: string, prizeCode: string | null) => ({
      id,
      name,
      prizeCode,
      year: 2021,
    });
    const notHonored: Criterion = { kind: 'not_previously_honored' };
    expect(outcomeOf(notHonored, facts({ awards: [award('a', 'Giải ba', 'GT_KHCN_KH')] }))).toMatchObject({
      outcome: 'fail',
      facts: [{ id: 'a' }],
    });
    const typedIn = facts({
      awards: [award('b', 'Danh hiệu Trí thức tiêu biểu tỉnh Khánh Hòa năm 2020', null)],
    });
    expect(outcomeOf(notHonored, typedIn, 'exemplary_intellectual' as never).outcome).toBe('fail');
    expect(outcomeOf(notHonored, typedIn).outcome).toBe('pass');
  });

  it('reads status for active, and leaves declarations to be signed', () => {
    expect(outcomeOf({ kind: 'active' }, facts({ status: 'retired' }))).toMatchObject({
      outcome: 'fail',
      facts: [{ label: 'retired' }],
    });
    const text = 'Tôi cam đoan không đang chấp hành án.';
    expect(outcomeOf({ kind: 'declaration', declarationText: text }, facts())).toMatchObject({
      mode: 'declared',
      outcome: 'needs_declaration',
      declarationText: text,
    });
  });
});

import {
  createBodyOf,
  emptyScoring,
  emptyValues,
  scoringOf,
  setupOf,
  suggestedSetup,
  valuesOf,
} from './campaign-form';
import type { Campaign } from './campaigns-api';

describe('the campaign setup form', () => {
  it('suggests the S&T award’s categories, 2021 quotas and three rounds, nothing for other kinds', () => {
    const suggested = suggestedSetup('provincial_st_award')!;
    expect(suggested.categories).toEqual([
      'Nghiên cứu khoa học',
      'Phát triển công nghệ',
      'Ứng dụng công nghệ',
    ]);
    expect(suggested.prizeLevels.map((level) => [level.code, level.quota])).toEqual([
      ['A', 3],
      ['B', 4],
      ['C', 7],
      ['KK', 12],
    ]);
    expect(suggested.rounds.map((round) => round.name)).toEqual([
      'Cấp cơ sở',
      'Cấp chuyên ngành',
      'Cấp tỉnh',
    ]);
    expect(suggestedSetup('exemplary_intellectual')).toBeUndefined();
  });

  it('sends each criterion with only the parameters its kind takes', () => {
    const body = createBodyOf({
      ...emptyValues(),
      kind: 'provincial_st_award',
      title: '  Giải thưởng KH&CN tỉnh lần thứ III ',
      year: 2026,
      organizerName: ' Sở Khoa học và Công nghệ ',
      nominationsOpen: '2026-03-01',
      nominationsClose: '2026-05-31',
      ceremonyDate: '',
      categories: [' Nghiên cứu khoa học '],
      prizeLevels: [{ code: 'A', name: 'Giải A', quota: 3 }],
      rounds: [{ name: 'Cấp cơ sở', deadline: '2026-06-30' }],
      criteria: [
        // a level left from choosing min_degree_or_title first is not sent with publications
        { kind: 'publications', level: 'doctorate', indexClasses: ['SCIE'], withinYears: 5, minCount: 2 },
        { kind: 'active', minCount: 3 },
        { kind: 'declaration', declarationText: '  Tôi cam đoan không đang chấp hành án. ' },
      ],
    });
    expect(body).toEqual({
      kind: 'provincial_st_award',
      title: 'Giải thưởng KH&CN tỉnh lần thứ III',
      year: 2026,
      organizerOrganizationId: null,
      organizerName: 'Sở Khoa học và Công nghệ',
      nominationsOpen: '2026-03-01',
      nominationsClose: '2026-05-31',
      ceremonyDate: null,
      allowsSelfNomination: false,
      categories: ['Nghiên cứu khoa học'],
      prizeLevels: [{ code: 'A', name: 'Giải A', quota: 3 }],
      rounds: [{ name: 'Cấp cơ sở', deadline: '2026-06-30' }],
      criteria: [
        { kind: 'publications', indexClasses: ['SCIE'], withinYears: 5, minCount: 2 },
        { kind: 'active' },
        { kind: 'declaration', declarationText: 'Tôi cam đoan không đang chấp hành án.' },
      ],
      scoring: null,
    });
  });

  it('names the organizer by catalog id when one is chosen, letting the API take its name', () => {
    const setup = setupOf({ ...emptyValues(), organizerOrganizationId: 'org-1', organizerName: 'stale' });
    expect(setup.organizerOrganizationId).toBe('org-1');
    expect(setup).not.toHaveProperty('organizerName');
  });

  it('reads a stored campaign back into the same body', () => {
    const campaign = {
      id: 'c1',
      kind: 'exemplary_intellectual',
      title: 'Trí thức tiêu biểu 2026',
      year: 2026,
      organizerOrganizationId: null,
      organizerName: 'Liên hiệp các Hội KH&KT tỉnh',
      nominationsOpen: '2026-03-01',
      nominationsClose: '2026-04-30',
      ceremonyDate: '2026-10-10',
      allowsSelfNomination: true,
      categories: [],
      prizeLevels: [],
      rounds: [{ name: 'Xét chọn', deadline: '2026-06-30' }],
      criteria: [{ kind: 'min_degree_or_title', mode: 'automatic', level: 'doctorate' }],
      scoring: null,
      state: 'draft',
      nextStates: ['open', 'archived'],
      currentRound: null,
      decisionNumber: null,
      decisionDate: null,
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } satisfies Campaign;
    expect(setupOf(valuesOf(campaign))).toEqual({
      title: campaign.title,
      year: 2026,
      organizerOrganizationId: null,
      organizerName: campaign.organizerName,
      nominationsOpen: '2026-03-01',
      nominationsClose: '2026-04-30',
      ceremonyDate: '2026-10-10',
      allowsSelfNomination: true,
      categories: [],
      prizeLevels: [],
      rounds: campaign.rounds,
      criteria: [{ kind: 'min_degree_or_title', level: 'doctorate' }],
      scoring: null,
    });
  });

  it('sends the scoring with thresholds by round, none without criteria', () => {
    expect(scoringOf(emptyScoring())).toBeNull();
    expect(
      scoringOf({
        criteria: [
          { code: ' novelty ', name: 'Tính mới', weight: 2 },
          { code: 'impact', name: 'Hiệu quả', weight: null },
        ],
        method: 'trimmed_mean',
        scale: { min: 0, max: 100 },
        tieBreak: ['criterion:impact', 'criterion:gone', 'score_count'],
        thresholds: [60, undefined, 70],
      }),
    ).toEqual({
      criteria: [
        { code: 'novelty', name: 'Tính mới', weight: 2 },
        { code: 'impact', name: 'Hiệu quả', weight: 1 },
      ],
      scale: { min: 0, max: 100 },
      method: 'trimmed_mean',
      tieBreak: ['criterion:impact', 'score_count'],
      thresholds: [
        { round: 1, minScore: 60 },
        { round: 3, minScore: 70 },
      ],
    });
  });
});

import type { ScoringDefinition } from '../../../src/honors/campaigns';
import { aggregateRound, RoundInputs, ScoringSheet, validateSheet } from '../../../src/honors/review';

const definition = (overrides: Partial<ScoringDefinition> = {}): ScoringDefinition => ({
  criteria: [
    { code: 'novelty', name: 'Tính mới', weight: 3 },
    { code: 'impact', name: 'Hiệu quả', weight: 1 },
  ],
  scale: { min: 0, max: 100 },
  method: 'trimmed_mean',
  tieBreak: [],
  thresholds: [],
  ...overrides,
});

const sheet = (memberId: string, nominationId: string, novelty: number, impact: number, submitted = true) =>
  ({ memberId, nominationId, scores: { novelty, impact }, submitted }) as ScoringSheet;

const nomination = (nominationId: string, submittedAt = '2026-05-01T08:00:00.000Z') => ({
  nominationId,
  submittedAt,
});

const inputs = (overrides: Partial<RoundInputs>): RoundInputs => ({
  definition: definition(),
  round: 1,
  final: false,
  prizeLevels: [],
  nominations: [],
  sheets: [],
  ...overrides,
});

const byId = (result: ReturnType<typeof aggregateRound>) =>
  Object.fromEntries(result.nominations.map((item) => [item.nominationId, item]));

describe('review aggregation', () => {
  it('weights each member’s total and trims the highest and lowest, from submitted sheets only', () => {
    // totals (3·novelty + impact) / 4: 75, 85, 70, 100; trimmed: (75 + 85) / 2 = 80; mean: 330 / 4 = 82.5
    const sheets = [
      sheet('m1', 'N1', 80, 60),
      sheet('m2', 'N1', 90, 70),
      sheet('m3', 'N1', 60, 100),
      sheet('m4', 'N1', 100, 100),
      sheet('m5', 'N1', 0, 0, false),
      sheet('m1', 'N2', 100, 100),
      sheet('m2', 'N2', 100, 100),
    ];
    const result = aggregateRound(inputs({ nominations: [nomination('N1'), nomination('N2')], sheets }));
    const n1 = byId(result).N1;
    expect(n1.memberTotals).toEqual([
      { memberId: 'm1', total: 75 },
      { memberId: 'm2', total: 85 },
      { memberId: 'm3', total: 70 },
      { memberId: 'm4', total: 100 },
    ]);
    expect(n1).toMatchObject({
      scoreCount: 4,
      criterionMeans: { novelty: 82.5, impact: 82.5 },
      aggregate: 80,
      rank: 1,
      passed: true,
    });
    // two sheets cannot be trimmed: not ranked, not passed
    expect(byId(result).N2).toMatchObject({ scoreCount: 2, aggregate: null, rank: null, passed: false });
    expect(result.nominations.map((item) => item.nominationId)).toEqual(['N1', 'N2']);
    const plain = aggregateRound(
      inputs({
        definition: definition({ method: 'mean' }),
        nominations: [nomination('N1')],
        sheets: sheets.slice(0, 5),
      }),
    );
    expect(plain.nominations[0].aggregate).toBe(82.5);
  });

  it('breaks equal aggregates by each rule in turn, and fails those under the threshold', () => {
    // weights 2 and 1: total (2·novelty + impact) / 3
    const scoring = definition({
      criteria: [
        { code: 'novelty', name: 'Tính mới', weight: 2 },
        { code: 'impact', name: 'Hiệu quả', weight: 1 },
      ],
      method: 'mean',
      tieBreak: ['criterion:novelty', 'score_count', 'submitted_at'],
      thresholds: [{ round: 1, minScore: 70 }],
    });
    const result = aggregateRound(
      inputs({
        definition: scoring,
        nominations: [
          nomination('N1'),
          nomination('N2'),
          nomination('N3'),
          nomination('N4'),
          nomination('N5', '2026-05-02T08:00:00.000Z'),
          nomination('N6', '2026-05-01T09:00:00.000Z'),
        ],
        sheets: [
          sheet('m1', 'N1', 80, 80), // (160 + 80) / 3 = 80, novelty 80
          sheet('m1', 'N2', 90, 60), // (180 + 60) / 3 = 80, novelty 90
          sheet('m1', 'N3', 70, 70),
          sheet('m2', 'N3', 70, 70), // 70 from two sheets
          sheet('m1', 'N4', 70, 70), // 70 from one
          sheet('m1', 'N5', 60, 60),
          sheet('m1', 'N6', 60, 60), // 60, submitted earlier than N5
        ],
      }),
    );
    expect(
      result.nominations.map(({ nominationId, aggregate, rank, decidedBy, passed }) => ({
        nominationId,
        aggregate,
        rank,
        decidedBy,
        passed,
      })),
    ).toEqual([
      { nominationId: 'N2', aggregate: 80, rank: 1, decidedBy: 'criterion:novelty', passed: true },
      { nominationId: 'N1', aggregate: 80, rank: 2, decidedBy: 'criterion:novelty', passed: true },
      { nominationId: 'N3', aggregate: 70, rank: 3, decidedBy: 'score_count', passed: true },
      { nominationId: 'N4', aggregate: 70, rank: 4, decidedBy: 'score_count', passed: true },
      { nominationId: 'N6', aggregate: 60, rank: 5, decidedBy: 'submitted_at', passed: false },
      { nominationId: 'N5', aggregate: 60, rank: 6, decidedBy: 'submitted_at', passed: false },
    ]);
    expect(result.threshold).toBe(70);
    expect(result.nominations.every((item) => item.tiedWith.length === 0)).toBe(true);
  });

  it('reports a tie no rule separates: a shared rank, each naming the other', () => {
    const result = aggregateRound(
      inputs({
        definition: definition({ method: 'mean', tieBreak: ['criterion:impact', 'score_count'] }),
        nominations: [nomination('N1'), nomination('N2'), nomination('N3')],
        sheets: [sheet('m1', 'N1', 60, 60), sheet('m1', 'N2', 60, 60), sheet('m1', 'N3', 90, 90)],
      }),
    );
    expect(
      result.nominations.map(({ nominationId, rank, tiedWith }) => ({ nominationId, rank, tiedWith })),
    ).toEqual([
      { nominationId: 'N3', rank: 1, tiedWith: [] },
      { nominationId: 'N1', rank: 2, tiedWith: ['N2'] },
      { nominationId: 'N2', rank: 2, tiedWith: ['N1'] },
    ]);
  });

  const finalRound = (quotaA: number) =>
    aggregateRound(
      inputs({
        definition: definition({ method: 'mean', thresholds: [{ round: 3, minScore: 50 }] }),
        round: 3,
        final: true,
        prizeLevels: [
          { code: 'A', name: 'Giải A', quota: quotaA },
          { code: 'B', name: 'Giải B', quota: 2 },
        ],
        nominations: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => nomination(id)),
        sheets: [
          sheet('m1', 'P1', 90, 90),
          sheet('m1', 'P2', 80, 80),
          sheet('m1', 'P3', 80, 80),
          sheet('m1', 'P4', 70, 70),
          sheet('m1', 'P5', 40, 40),
        ],
      }),
    );
  const levels = (result: ReturnType<typeof aggregateRound>) =>
    Object.fromEntries(result.nominations.map((item) => [item.nominationId, item.prizeLevelCode]));

  it('gives the prize levels in rank order within their quotas, a tie that fits sharing the level', () => {
    const result = finalRound(1);
    expect(levels(result)).toEqual({ P1: 'A', P2: 'B', P3: 'B', P4: null, P5: null });
    expect(byId(result).P5.passed).toBe(false);
    expect(result.quotaTie).toBeNull();
  });

  it('stops at a tie over a quota boundary and flags it for the council, never exceeding the quota', () => {
    const result = finalRound(2);
    expect(levels(result)).toEqual({ P1: 'A', P2: null, P3: null, P4: null, P5: null });
    expect(result.quotaTie).toEqual({ levelCode: 'A', placesLeft: 1, nominationIds: ['P2', 'P3'] });
  });

  it('recomputes the same result from the inputs it returns, stored as JSON', () => {
    const result = finalRound(2);
    const stored = JSON.parse(JSON.stringify(result.inputs)) as RoundInputs;
    expect(aggregateRound(stored)).toEqual(result);
  });

  it('refuses scores outside the scale, unknown criteria and blank submitted criteria, naming the field', () => {
    const scoring = definition({ scale: { min: 1, max: 10 } });
    const problems = validateSheet(scoring, {
      memberId: 'm1',
      nominationId: 'N1',
      scores: { novelty: 11, style: 5 },
      submitted: true,
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'scores.novelty',
      'scores.style',
      'scores.impact',
    ]);
    for (const problem of problems) expect(problem.messageVi).not.toBe(problem.message);
    expect(
      validateSheet(scoring, {
        memberId: 'm1',
        nominationId: 'N1',
        scores: { impact: 0.5 },
        submitted: false,
      }),
    ).toEqual([
      expect.objectContaining({ field: 'scores.impact', message: 'The score must be a number from 1 to 10' }),
    ]);
    expect(validateSheet(scoring, sheet('m1', 'N1', 10, 1))).toEqual([]);
    expect(() =>
      aggregateRound(
        inputs({ definition: scoring, nominations: [nomination('N1')], sheets: [sheet('m1', 'N1', 0, 5)] }),
      ),
    ).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'sheets[0].scores.novelty' })] }),
    );
  });
});

import { assignRoles } from '../../../src/panels/panel/suggest/assign-roles';
import { GreedySuggester } from '../../../src/panels/panel/suggest/greedy-suggester';
import { HighsSuggester } from '../../support/panels/highs-suggester';
import {
  PanelCandidate,
  Suggester,
  SuggestionProblem,
} from '../../../src/panels/panel/suggest/panel-candidate';
import { createRng } from '../../../src/seed/prng';

function person(id: string, score: number, overrides: Partial<PanelCandidate> = {}): PanelCandidate {
  return {
    intellectualId: id,
    score,
    fieldTree: ['1', '101'],
    organizationId: `org-${id}`,
    gender: null,
    ageBand: null,
    overseas: false,
    blocked: false,
    activePanels: 0,
    ...overrides,
  };
}

const problem = (
  candidates: PanelCandidate[],
  overrides: Partial<SuggestionProblem> = {},
): SuggestionProblem => ({
  candidates,
  size: 3,
  fieldCodes: ['101'],
  maxPerOrganization: 2,
  maxActivePanels: 3,
  ...overrides,
});

/** Every subset of at most `size` eligible candidates, to know the optimum of small instances. */
function bruteForce(p: SuggestionProblem): { covered: number; total: number } {
  const pool = p.candidates.filter((c) => !c.blocked && c.activePanels < p.maxActivePanels);
  let best = { covered: -1, total: -1 };
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const set = pool.filter((_, i) => mask & (1 << i));
    if (set.length > p.size) continue;
    const perOrg = new Map<string, number>();
    set.forEach(
      (c) => c.organizationId && perOrg.set(c.organizationId, (perOrg.get(c.organizationId) ?? 0) + 1),
    );
    if ([...perOrg.values()].some((n) => n > p.maxPerOrganization)) continue;
    const covered = p.fieldCodes.filter((f) => set.some((c) => c.fieldTree.includes(f))).length;
    const total = set.reduce((s, c) => s + c.score, 0);
    if (covered > best.covered || (covered === best.covered && total > best.total + 1e-9))
      best = { covered, total };
  }
  return best;
}

/** Random instances like the candidates view gives: scores in (0, 1], a few fields and employers. */
function randomProblem(seed: number, people: number): SuggestionProblem {
  const rng = createRng(`panel-${seed}`);
  const random = () => rng.next();
  const fields = ['101', '102', '201', '202', '301'];
  const candidates = Array.from({ length: people }, (_, i) =>
    person(`p${i}`, Math.round(random() * 1000) / 1000, {
      fieldTree: [fields[Math.floor(random() * fields.length)]],
      organizationId: `org${Math.floor(random() * 4)}`,
      blocked: random() < 0.1,
      activePanels: random() < 0.1 ? 3 : 0,
    }),
  );
  return problem(candidates, { size: 5, fieldCodes: fields.slice(0, 1 + Math.floor(random() * 4)) });
}

/** HiGHS is exact; the greedy is a heuristic held to within 5% of the optimum on these instances. */
describe.each<[string, () => Suggester, number]>([
  ['greedy with local search', () => new GreedySuggester(), 0.95],
  ['HiGHS', () => new HighsSuggester(), 1],
])('panel suggester: %s', (_, make, ratio) => {
  const suggester = make();

  it('takes the most relevant people when nothing else constrains', async () => {
    const selection = await suggester.select(
      problem([person('a', 0.9), person('b', 0.5), person('c', 0.8), person('d', 0.7)]),
    );
    expect(selection).toEqual({
      chosen: ['a', 'c', 'd'],
      totalScore: expect.closeTo(2.4) as number,
      uncoveredFields: [],
    });
  });

  it('gives a seat to a less relevant person when only they cover a requested field', async () => {
    const candidates = [
      person('a', 0.9),
      person('b', 0.8),
      person('c', 0.7),
      person('marine', 0.1, { fieldTree: ['2', '201'] }),
    ];
    const selection = await suggester.select(problem(candidates, { fieldCodes: ['101', '201'] }));
    expect(selection.chosen).toEqual(['a', 'b', 'marine']);
    expect(selection.uncoveredFields).toEqual([]);
  });

  it('never suggests a blocked or fully loaded expert, nor more than N from one organization', async () => {
    const candidates = [
      person('blocked', 1, { blocked: true }),
      person('busy', 1, { activePanels: 3 }),
      person('x1', 0.9, { organizationId: 'uni' }),
      person('x2', 0.85, { organizationId: 'uni' }),
      person('x3', 0.8, { organizationId: 'uni' }),
      person('y', 0.2),
    ];
    const selection = await suggester.select(problem(candidates));
    expect(selection.chosen).toEqual(['x1', 'x2', 'y']);
  });

  it('reports the fields nobody eligible covers', async () => {
    const selection = await suggester.select(problem([person('a', 0.5)], { fieldCodes: ['101', '999'] }));
    expect(selection).toEqual({ chosen: ['a'], totalScore: 0.5, uncoveredFields: ['999'] });
  });

  it('covers as many fields as the optimum of small random instances, with a total relevance close to it', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const instance = randomProblem(seed, 12);
      const selection = await suggester.select(instance);
      const best = bruteForce(instance);
      expect([seed, instance.fieldCodes.length - selection.uncoveredFields.length]).toEqual([
        seed,
        best.covered,
      ]);
      expect(selection.totalScore).toBeLessThanOrEqual(best.total + 1e-6);
      expect([seed, selection.totalScore >= ratio * best.total - 1e-6]).toEqual([seed, true]);
    }
  });
});

describe('suggested roles', () => {
  it('makes the most relevant the chair and the least relevant the secretary, with the wanted reviewers', () => {
    expect(assignRoles(['a', 'b', 'c', 'd', 'e'], { reviewer: 2 }).map((seat) => seat.role)).toEqual([
      'chair',
      'reviewer',
      'reviewer',
      'member',
      'secretary',
    ]);
  });

  it('never gives more wanted roles than the seats between chair and secretary', () => {
    expect(assignRoles(['a', 'b', 'c'], { vice_chair: 1, reviewer: 4 }).map((seat) => seat.role)).toEqual([
      'chair',
      'vice_chair',
      'secretary',
    ]);
  });
});

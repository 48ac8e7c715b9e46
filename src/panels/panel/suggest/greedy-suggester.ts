import {
  eligible,
  fieldWeight,
  PanelCandidate,
  Selection,
  selectionOf,
  Suggester,
  SuggestionProblem,
} from './panel-candidate';

/**
 * Greedy construction then local search by exchanges. Construction first takes, while a field is
 * uncovered, the candidate adding the most weight (new fields × field weight + score), then fills
 * the remaining seats by score; every step respects the per-organization limit. Local search then
 * applies the best improving exchange (one chosen out, one not chosen in, or one added while seats
 * are free) until none improves the objective.
 */
export class GreedySuggester implements Suggester {
  readonly name = 'greedy+local-search';

  select(problem: SuggestionProblem): Promise<Selection> {
    return Promise.resolve(this.solve(problem));
  }

  solve(problem: SuggestionProblem): Selection {
    const pool = eligible(problem).sort((a, b) => b.score - a.score);
    const weight = fieldWeight(pool);
    const value = (set: readonly PanelCandidate[]) =>
      set.reduce((sum, c) => sum + c.score, 0) +
      weight * problem.fieldCodes.filter((code) => set.some((c) => c.fieldTree.includes(code))).length;
    const fits = (set: readonly PanelCandidate[], extra: PanelCandidate) =>
      extra.organizationId === null ||
      set.filter((c) => c.organizationId === extra.organizationId).length < problem.maxPerOrganization;

    const chosen: PanelCandidate[] = [];
    const add = (pick: (set: PanelCandidate[]) => PanelCandidate | undefined) => {
      while (chosen.length < problem.size) {
        const next = pick(chosen);
        if (!next) return;
        chosen.push(next);
      }
    };
    add((set) => {
      let best: PanelCandidate | undefined;
      let gain = weight; // only candidates that cover a new field
      for (const candidate of pool) {
        if (set.includes(candidate) || !fits(set, candidate)) continue;
        const delta = value([...set, candidate]) - value(set);
        if (delta > gain) [best, gain] = [candidate, delta];
      }
      return best;
    });
    add((set) => pool.find((candidate) => !set.includes(candidate) && fits(set, candidate)));

    for (let improved = true; improved;) {
      improved = false;
      let best = value(chosen);
      let move: (() => void) | undefined;
      for (const incoming of pool) {
        if (chosen.includes(incoming)) continue;
        if (
          chosen.length < problem.size &&
          fits(chosen, incoming) &&
          value([...chosen, incoming]) > best + 1e-9
        ) {
          best = value([...chosen, incoming]);
          move = () => chosen.push(incoming);
        }
        for (let i = 0; i < chosen.length; i++) {
          const rest = chosen.filter((_, k) => k !== i);
          if (!fits(rest, incoming)) continue;
          const swapped = value([...rest, incoming]);
          if (swapped > best + 1e-9) {
            best = swapped;
            move = () => chosen.splice(i, 1, incoming);
          }
        }
      }
      if (move) {
        move();
        improved = true;
      }
    }
    return selectionOf(chosen, problem.fieldCodes);
  }
}

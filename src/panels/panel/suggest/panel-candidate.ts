/**
 * What the suggester needs to know about a candidate: the matching module's relevance score and the
 * facts the composition rules read. Kept to plain data so that suggesters are tested without the
 * database; PanelSuggestService fills it from the candidates view.
 */
export interface PanelCandidate {
  intellectualId: string;
  /** Relevance to the request (higher is better, ≥ 0). */
  score: number;
  /** Own fields with every ancestor field. */
  fieldTree: string[];
  organizationId: string | null;
  gender: string | null;
  ageBand: string | null;
  overseas: boolean;
  /** A blocking conflict of interest: never suggested (staff may still add them with an override). */
  blocked: boolean;
  /** Active panels in the last 12 months, this request's excluded. */
  activePanels: number;
}

/** One suggestion problem: who may be chosen and under which limits. */
export interface SuggestionProblem {
  candidates: PanelCandidate[];
  /** Members to choose (at most). */
  size: number;
  fieldCodes: string[];
  maxPerOrganization: number;
  maxActivePanels: number;
}

export interface Selection {
  /** Chosen intellectual ids, best score first. */
  chosen: string[];
  totalScore: number;
  uncoveredFields: string[];
}

/** A suggester picks at most `size` eligible candidates maximising total score, fields covered first. */
export interface Suggester {
  readonly name: string;
  select(problem: SuggestionProblem): Promise<Selection>;
}

/** Candidates that may be suggested at all: no blocking conflict, load below the limit. */
export function eligible(problem: SuggestionProblem): PanelCandidate[] {
  return problem.candidates.filter(
    (candidate) => !candidate.blocked && candidate.activePanels < problem.maxActivePanels,
  );
}

/**
 * Covering a field is worth more than any total of scores, so both suggesters optimise the same
 * lexicographic goal: as many requested fields covered as possible, then the highest total relevance.
 */
export function fieldWeight(candidates: readonly PanelCandidate[]): number {
  return 1 + candidates.reduce((sum, candidate) => sum + candidate.score, 0);
}

export function selectionOf(chosen: readonly PanelCandidate[], fieldCodes: readonly string[]): Selection {
  const sorted = [...chosen].sort(
    (a, b) => b.score - a.score || a.intellectualId.localeCompare(b.intellectualId),
  );
  return {
    chosen: sorted.map((candidate) => candidate.intellectualId),
    totalScore: sorted.reduce((sum, candidate) => sum + candidate.score, 0),
    uncoveredFields: fieldCodes.filter(
      (code) => !chosen.some((candidate) => candidate.fieldTree.includes(code)),
    ),
  };
}

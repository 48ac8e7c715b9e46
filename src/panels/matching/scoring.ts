import { MATCHING } from './matching-params';

export interface FieldCoverage {
  /** Requested codes the candidate's fields (or their parents) include. */
  covered: string[];
  /** Requested codes only a sibling field of the candidate's touches (same level-1 group). */
  near: string[];
  /** 0 to 1: the share of requested fields covered, near ones counting MATCHING.siblingField. */
  score: number;
}

/**
 * How much of the request's fields the candidate covers. `fieldTree` is the profile summary's: the
 * person's fields with all their ancestors, so a request for "4" (agricultural sciences) is covered
 * by a "405" (fisheries) expert.
 */
export function fieldCoverage(
  requested: readonly string[],
  fieldTree: readonly string[],
  parentOf: (code: string) => string | null,
): FieldCoverage {
  const own = new Set(fieldTree);
  const covered = requested.filter((code) => own.has(code));
  const near = requested.filter((code) => {
    const parent = parentOf(code);
    return !own.has(code) && parent !== null && own.has(parent);
  });
  const score = requested.length
    ? (covered.length + near.length * MATCHING.siblingField) / requested.length
    : 0;
  return { covered, near, score };
}

/** Academic title and highest degree as a 0–1 prior (the better of the two). */
export function standing(academicTitle: string | null, degreeLevel: string | null): number {
  return Math.max(MATCHING.standing[academicTitle ?? ''] ?? 0, MATCHING.standing[degreeLevel ?? ''] ?? 0);
}

export interface ScoreParts {
  evidence: number;
  /** Fused retrieval score relative to the pool's best (0 to 1). */
  retrieval: number;
  /** Field coverage, or null when the request names no field. */
  fields: number | null;
  standing: number;
}

/** The final score: a weighted sum of the parts, rescaled to weights summing to 1. */
export function finalScore(parts: ScoreParts): number {
  const w = MATCHING.weights;
  const weighted =
    w.evidence * parts.evidence +
    w.retrieval * parts.retrieval +
    w.standing * parts.standing +
    (parts.fields === null ? 0 : w.fields * parts.fields);
  const total = w.evidence + w.retrieval + w.standing + (parts.fields === null ? 0 : w.fields);
  return weighted / total;
}

/** Where a term of the proposal was found on a profile. */
export const PLACES = [
  'expertise',
  'field',
  'project',
  'patent',
  'publication',
  'award',
  'position',
  'biography',
] as const;
export type Place = (typeof PLACES)[number];

/**
 * Every parameter of the matcher in one place (DESIGN.md section 6 explains them; BENCHMARKS.md
 * measures them). Chosen from first principles and checked on the labelled set, not fitted to it.
 */
export const MATCHING = {
  /** Key phrases taken from a proposal, each one Meilisearch query. */
  maxPhrases: 12,
  /**
   * A proposal with at least this share of its words carrying diacritics is written with them, and
   * every term of it is compared as written ("bao bì" is not "báo"); below it (typed without them, or
   * English naming a few Vietnamese places) a term without diacritics matches every folded spelling.
   */
  writtenWithDiacritics: 0.2,
  /** Two-syllable terms are most Vietnamese words; one syllable alone is often ambiguous. */
  bigramBoost: 1.5,
  /** Terms on more than this share of profiles (nghiên cứu, đánh giá) do not tell experts apart. */
  maxDocumentShare: 0.2,
  /**
   * …but in a small registry (a pilot of a dozen people) a term two or three profiles share still tells
   * them from the rest: the share applies above this many profiles.
   */
  minCommonProfiles: 3,
  /** A unigram is redundant when selected bigrams already hold this share of its occurrences. */
  coveredShare: 0.6,
  /** Hits kept per phrase query. */
  hitsPerPhrase: 60,
  /** Reciprocal rank fusion: a phrase contributes weight / (rrfK + rank). 60 is the usual constant. */
  rrfK: 60,
  /** Fused candidates re-scored from their PostgreSQL rows. */
  pool: 150,
  /** Shares of the final score (sum 1); without requested fields, `fields` is left out and the rest rescaled. */
  weights: { evidence: 0.55, retrieval: 0.15, fields: 0.2, standing: 0.1 },
  /** How much a term found in each place counts (1 = the person's declared expertise). */
  places: {
    expertise: 1,
    field: 0.8,
    project: 0.75,
    patent: 0.75,
    publication: 0.7,
    award: 0.5,
    position: 0.5,
    biography: 0.35,
  } satisfies Record<Place, number>,
  /** Each further place (or further title) holding a term adds this, up to `maxCorroboration` in all. */
  corroboration: 0.1,
  maxCorroboration: 0.3,
  /** Titles and degrees: a small prior, so standing breaks ties and never outweighs the subject. */
  standing: {
    professor: 1,
    associate_professor: 0.8,
    doctor_of_science: 0.7,
    doctorate: 0.6,
    specialist_2: 0.45,
    master: 0.35,
    resident: 0.35,
    specialist_1: 0.3,
  } as Record<string, number>,
  /** A requested field covered by a sibling field (same level-1 group) counts this much. */
  siblingField: 0.4,
} as const;

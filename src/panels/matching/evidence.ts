import type { KeyPhrase } from './key-phrases';
import { MATCHING, PLACES, type Place } from './matching-params';
import type { Term, TermAnalyzer, TermForm } from './text/term-analyzer';

/** A candidate's texts that can hold a proposal's terms, by place. */
export type ProfileTexts = Record<Place, string[]>;

/** Where one key phrase was found on the candidate: the place and the very texts, to check by eye. */
export interface PhraseEvidence {
  phrase: string;
  weight: number;
  places: Array<{ place: Place; texts: string[]; count: number }>;
}

export interface Evidence {
  matches: PhraseEvidence[];
  /** Σ phrase weight × (best place's weight + corroboration); about 0 to 1.3. */
  score: number;
}

/** Texts listed per place and phrase: enough to check, short enough to read. */
const SHOWN_TEXTS = 3;

/** Each text's terms by form, kept for one matching: candidates share field names, positions, expertise. */
export type TermSets = Map<string, Partial<Record<TermForm, Set<Term>>>>;

/** The texts' terms in one form, cut once per text and matching. */
function termsOf(analyzer: TermAnalyzer, termSets: TermSets, form: TermForm) {
  return (text: string): Set<Term> => {
    let sets = termSets.get(text);
    if (!sets) termSets.set(text, (sets = {}));
    return (sets[form] ??= analyzer.termSet(text, form));
  };
}

/**
 * Finds each key phrase in the candidate's own texts with the analyzer that chose the phrases, so
 * "vaccine" on a profile counts for "vắc xin" in the proposal, and in the phrase's form, so "báo" on a
 * profile does not count for "bão" in the proposal. Works from expertise, fields, position
 * and biography alone, for the many practitioners who list no publication. Cutting texts into terms
 * is most of the matcher's own CPU, so a matching passes one `termSets` for all its candidates.
 */
export function findEvidence(
  texts: ProfileTexts,
  phrases: KeyPhrase[],
  analyzer: TermAnalyzer,
  termSets: TermSets = new Map(),
): Evidence {
  const terms = {
    exact: termsOf(analyzer, termSets, 'exact'),
    folded: termsOf(analyzer, termSets, 'folded'),
  };
  const matches: PhraseEvidence[] = [];
  let score = 0;
  for (const phrase of phrases) {
    const places: PhraseEvidence['places'] = [];
    for (const place of PLACES) {
      const found = texts[place].filter((text) => terms[phrase.form](text).has(phrase.term));
      if (found.length) places.push({ place, texts: found.slice(0, SHOWN_TEXTS), count: found.length });
    }
    if (!places.length) continue;
    const best = Math.max(...places.map(({ place }) => MATCHING.places[place]));
    const items = places.reduce((sum, { count }) => sum + count, 0);
    const corroboration = Math.min(MATCHING.maxCorroboration, MATCHING.corroboration * (items - 1));
    score += phrase.weight * (best + corroboration);
    matches.push({ phrase: phrase.text, weight: phrase.weight, places });
  }
  return { matches, score };
}

/**
 * Whether the profile holds the phrase only with other diacritics ("báo" for "bão"): Meilisearch folds
 * them, so such a profile is among the phrase's hits although it has no evidence for it.
 */
export function foundOnlyFolded(
  texts: ProfileTexts,
  phrase: KeyPhrase,
  analyzer: TermAnalyzer,
  termSets: TermSets,
): boolean {
  if (phrase.form === 'folded') return false;
  const exact = termsOf(analyzer, termSets, 'exact');
  const folded = termsOf(analyzer, termSets, 'folded');
  const all = PLACES.flatMap((place) => texts[place]);
  return (
    !all.some((text) => exact(text).has(phrase.term)) && all.some((text) => folded(text).has(phrase.folded))
  );
}

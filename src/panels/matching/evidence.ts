import type { KeyPhrase } from './key-phrases';
import { MATCHING, PLACES, type Place } from './matching-params';
import type { TermAnalyzer } from './text/term-analyzer';

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

/** Each text's terms, kept for one matching: candidates share field names, positions, expertise. */
export type TermSets = Map<string, Set<string>>;

/**
 * Finds each key phrase in the candidate's own texts with the analyzer that chose the phrases, so
 * "vaccine" on a profile counts for "vắc xin" in the proposal. Works from expertise, fields, position
 * and biography alone, for the many practitioners who list no publication. Cutting texts into terms
 * is most of the matcher's own CPU, so a matching passes one `termSets` for all its candidates.
 */
export function findEvidence(
  texts: ProfileTexts,
  phrases: KeyPhrase[],
  analyzer: TermAnalyzer,
  termSets: TermSets = new Map(),
): Evidence {
  const terms = (text: string) => {
    let set = termSets.get(text);
    if (!set) termSets.set(text, (set = analyzer.termSet(text)));
    return set;
  };
  const matches: PhraseEvidence[] = [];
  let score = 0;
  for (const phrase of phrases) {
    const places: PhraseEvidence['places'] = [];
    for (const place of PLACES) {
      const found = texts[place].filter((text) => terms(text).has(phrase.term));
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

import { foldVietnamese } from '../../../common/text/normalize';
import { STOP_WORDS } from './stop-words';

/** One syllable (or English word) of a text. */
export interface Token {
  /** Lower case, diacritics and đ folded: what terms are made of. */
  folded: string;
  /** Lower case as written (NFC), for showing a phrase the way the proposal wrote it. */
  surface: string;
  stop: boolean;
}

/** A term: one syllable, or two adjacent ones ("tom hum"), folded and joined by a space. */
export type Term = string;

interface Rewrite {
  tokens: string[];
  /** The group's canonical member as tokens; null blanks the phrase out (a place name). */
  replacement: Token[] | null;
}

/**
 * Cuts text into terms the same way for the registry's profiles (term statistics, evidence) and for a
 * proposal: syllables separated by anything but letters, digits, hyphens and apostrophes; phrases
 * stop at punctuation and line breaks. Synonym groups of search/ are rewritten to their first member, so "vaccine",
 * "vacxin" and "vắc-xin" are one term; place names of the commune catalog are blanked out, since a
 * proposal about Cam Ranh is not a reason to propose people born there.
 */
export class TermAnalyzer {
  private readonly rewrites = new Map<string, Rewrite[]>();
  private readonly folds = new Map<string, string>();

  constructor(options: { synonymGroups: readonly string[][]; placeNames: string[] }) {
    for (const group of options.synonymGroups) {
      const canonical = this.tokens(group[0]);
      for (const member of group.slice(1)) this.addRewrite(member, canonical);
    }
    for (const place of options.placeNames) this.addRewrite(place, null);
    for (const list of this.rewrites.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** The text's phrases (runs of tokens between punctuation), synonyms and places rewritten. */
  segments(text: string): Token[][] {
    const segments: Token[][] = [];
    let current: Token[] = [];
    for (const match of text.normalize('NFC').matchAll(PIECE)) {
      const piece = match[0];
      if (WORD_START.test(piece)) {
        const surface = piece.toLowerCase();
        current.push({ surface, folded: this.fold(surface), stop: STOP_WORDS.has(surface) });
      } else if (!JOINERS.test(piece)) {
        if (current.length) segments.push(current);
        current = [];
      }
    }
    if (current.length) segments.push(current);
    return segments.flatMap((segment) => this.rewrite(segment));
  }

  /** Each term of the text with how often it occurs. */
  termCounts(text: string): Map<Term, number> {
    const counts = new Map<Term, number>();
    for (const segment of this.segments(text)) {
      forEachTerm(segment, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
    }
    return counts;
  }

  /** The distinct terms of the text. */
  termSet(text: string): Set<Term> {
    const terms = new Set<Term>();
    for (const segment of this.segments(text)) forEachTerm(segment, (term) => terms.add(term));
    return terms;
  }

  private addRewrite(phrase: string, replacement: Token[] | null): void {
    const tokens = this.tokens(phrase).map((token) => token.folded);
    if (tokens.length === 0) return;
    const list = this.rewrites.get(tokens[0]) ?? [];
    list.push({ tokens, replacement });
    this.rewrites.set(tokens[0], list);
  }

  private tokens(phrase: string): Token[] {
    return [...phrase.normalize('NFC').matchAll(PIECE)]
      .map((match) => match[0])
      .filter((piece) => WORD_START.test(piece))
      .map((piece) => {
        const surface = piece.toLowerCase();
        return { surface, folded: this.fold(surface), stop: false };
      });
  }

  /** Applies synonym and place rewrites (longest first); a blanked place splits the segment. */
  private rewrite(segment: Token[]): Token[][] {
    if (!segment.some((token) => this.rewrites.has(token.folded))) return [segment];
    const out: Token[][] = [];
    let current: Token[] = [];
    for (let i = 0; i < segment.length;) {
      const rewrite = this.rewrites
        .get(segment[i].folded)
        ?.find(({ tokens }) => tokens.every((folded, k) => segment[i + k]?.folded === folded));
      if (!rewrite) {
        current.push(segment[i++]);
        continue;
      }
      i += rewrite.tokens.length;
      if (rewrite.replacement) {
        current.push(...rewrite.replacement);
      } else {
        if (current.length) out.push(current);
        current = [];
      }
    }
    if (current.length) out.push(current);
    return out;
  }

  /** Folding is the costly step; a text repeats few distinct syllables, so they are remembered. */
  private fold(word: string): string {
    let folded = this.folds.get(word);
    if (folded === undefined) {
      folded = foldVietnamese(word);
      if (this.folds.size > 200_000) this.folds.clear();
      this.folds.set(word, folded);
    }
    return folded;
  }
}

/** Calls `visit` for each unigram and each bigram of two adjacent content tokens of the segment. */
export function forEachTerm(segment: Token[], visit: (term: Term, start: number, length: 1 | 2) => void) {
  for (let i = 0; i < segment.length; i++) {
    if (!isContent(segment[i])) continue;
    visit(segment[i].folded, i, 1);
    if (i + 1 < segment.length && isContent(segment[i + 1])) {
      visit(`${segment[i].folded} ${segment[i + 1].folded}`, i, 2);
    }
  }
}

/** Not a stop word, not a lone letter, not a bare number (years, counts). */
function isContent(token: Token): boolean {
  return !token.stop && token.folded.length >= 2 && !/^\d+$/.test(token.folded);
}

export function isBigram(term: Term): boolean {
  return term.includes(' ');
}

/** Runs of letters, marks and digits, runs of anything else but white space, or a line break. */
const PIECE = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}\s]+|\n/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
/** Inside a word or compound (vắc-xin, bird's), not a phrase boundary. */
const JOINERS = /^['’‐-]$/u;

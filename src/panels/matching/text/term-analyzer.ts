import { foldVietnamese } from '../../../common/text/normalize';
import { STOP_WORDS } from './stop-words';

/** One syllable (or English word) of a text. */
export interface Token {
  /** Lower case NFC, the tone mark placed one way (hoà = hòa, thuỷ = thủy): terms written with diacritics. */
  exact: string;
  /** Lower case, diacritics and đ folded: terms written without them. */
  folded: string;
  /** Lower case as written (NFC), for showing a phrase the way the proposal wrote it. */
  surface: string;
  stop: boolean;
}

/** A term: one syllable, or two adjacent ones ("tôm hùm"), in one form, joined by a space. */
export type Term = string;

/**
 * How a term is compared. Written with diacritics, "bão" (storm) and "báo" (newspaper) are different
 * words, so a term so written matches the same diacritics only ('exact'); only a term written without
 * them ("bao") matches every spelling that folds to it ('folded').
 */
export type TermForm = 'exact' | 'folded';
export const TERM_FORMS: readonly TermForm[] = ['exact', 'folded'];

/** A text's phrases, and the share of its words written with diacritics (before any rewrite). */
export interface AnalyzedText {
  segments: Token[][];
  markedShare: number;
}

interface Rewrite {
  tokens: Token[];
  /** The group's canonical member as tokens; null blanks the phrase out (a place name). */
  replacement: Token[] | null;
}

/**
 * Cuts text into terms the same way for the registry's profiles (term statistics, evidence) and for a
 * proposal: syllables separated by anything but letters, digits, hyphens and apostrophes; phrases
 * stop at punctuation and line breaks. Synonym groups of search/ are rewritten to their first member, so "vaccine",
 * "vacxin" and "vắc-xin" are one term; place names of the commune catalog are blanked out, since a
 * proposal about Cam Ranh is not a reason to propose people born there. Each term comes in both
 * forms (TermForm); a text's words match a rewrite's under the same rule, so "ải" is not "AI".
 */
export class TermAnalyzer {
  private readonly rewrites = new Map<string, Rewrite[]>();
  private readonly forms = new Map<string, { exact: string; folded: string }>();

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
    return this.analyze(text).segments;
  }

  /** The phrases, and how much of the text is written with diacritics (a proposal's form, see key-phrases). */
  analyze(text: string): AnalyzedText {
    const raw: Token[][] = [];
    let current: Token[] = [];
    let words = 0;
    let marked = 0;
    for (const match of text.normalize('NFC').matchAll(PIECE)) {
      const piece = match[0];
      if (WORD_START.test(piece)) {
        const token = this.token(piece, true);
        current.push(token);
        if (!/^\d+$/.test(token.folded)) {
          words += 1;
          if (token.exact !== token.folded) marked += 1;
        }
      } else if (!JOINERS.test(piece)) {
        if (current.length) raw.push(current);
        current = [];
      }
    }
    if (current.length) raw.push(current);
    return {
      segments: raw.flatMap((segment) => this.rewrite(segment)),
      markedShare: words ? marked / words : 0,
    };
  }

  /** The distinct terms of the text in one form. */
  termSet(text: string, form: TermForm): Set<Term> {
    const terms = new Set<Term>();
    for (const segment of this.segments(text)) forEachTerm(segment, form, (term) => terms.add(term));
    return terms;
  }

  /** The distinct terms of the text in both forms, from one pass (a document of the term statistics). */
  termSets(text: string): Record<TermForm, Set<Term>> {
    const sets = { exact: new Set<Term>(), folded: new Set<Term>() };
    for (const segment of this.segments(text)) {
      for (const form of TERM_FORMS) forEachTerm(segment, form, (term) => sets[form].add(term));
    }
    return sets;
  }

  private addRewrite(phrase: string, replacement: Token[] | null): void {
    const tokens = this.tokens(phrase);
    if (tokens.length === 0) return;
    const list = this.rewrites.get(tokens[0].folded) ?? [];
    list.push({ tokens, replacement });
    this.rewrites.set(tokens[0].folded, list);
  }

  private tokens(phrase: string): Token[] {
    return [...phrase.normalize('NFC').matchAll(PIECE)]
      .map((match) => match[0])
      .filter((piece) => WORD_START.test(piece))
      .map((piece) => this.token(piece, false));
  }

  private token(piece: string, stopWords: boolean): Token {
    const surface = piece.toLowerCase();
    return { surface, ...this.formsOf(surface), stop: stopWords && STOP_WORDS.has(surface) };
  }

  /** Applies synonym and place rewrites (longest first); a blanked place splits the segment. */
  private rewrite(segment: Token[]): Token[][] {
    if (!segment.some((token) => this.rewrites.has(token.folded))) return [segment];
    const out: Token[][] = [];
    let current: Token[] = [];
    for (let i = 0; i < segment.length;) {
      const rewrite = this.rewrites
        .get(segment[i].folded)
        ?.find(({ tokens }) => tokens.every((token, k) => sameWord(segment[i + k], token)));
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
  private formsOf(word: string): { exact: string; folded: string } {
    let forms = this.forms.get(word);
    if (forms === undefined) {
      forms = { exact: exactForm(word), folded: foldVietnamese(word) };
      if (this.forms.size > 200_000) this.forms.clear();
      this.forms.set(word, forms);
    }
    return forms;
  }
}

/**
 * The one comparison rule of two words (`written` as a text has it): a word written with diacritics
 * matches the same diacritics only; one written without matches every spelling that folds to it.
 */
export function sameWord(written: Token | undefined, other: Token): boolean {
  if (!written) return false;
  return (
    written.exact === other.exact || (written.exact === written.folded && written.folded === other.folded)
  );
}

/**
 * A lower-case NFC word with its tone mark where the older convention puts it on an open oa, oe or
 * uy (hòa → hoà, khỏe → khoẻ, thủy → thuỷ): both spellings of one word are in use side by side.
 */
export function exactForm(word: string): string {
  const decomposed = word.normalize('NFD');
  const placed = decomposed.replace(FIRST_VOWEL_TONE, (whole, vowel: string, tone: string, next: string) =>
    (vowel === 'o' && next !== 'y') || (vowel === 'u' && next === 'y') ? `${vowel}${next}${tone}` : whole,
  );
  return placed === decomposed ? word : placed.normalize('NFC');
}

/** Calls `visit` for each unigram and each bigram of two adjacent content tokens of the segment. */
export function forEachTerm(
  segment: Token[],
  form: TermForm,
  visit: (term: Term, start: number, length: 1 | 2) => void,
) {
  for (let i = 0; i < segment.length; i++) {
    if (!isContent(segment[i])) continue;
    visit(segment[i][form], i, 1);
    if (i + 1 < segment.length && isContent(segment[i + 1])) {
      visit(`${segment[i][form]} ${segment[i + 1][form]}`, i, 2);
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
/** NFD: o or u, a tone mark (grave, acute, tilde, hook above, dot below), then a, e or y ending the word. */
const FIRST_VOWEL_TONE = /([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])$/u;

import { foldVietnamese } from '../../common/text/normalize';

/** Meilisearch (1.21) looks synonyms up for at most this many consecutive query words. */
export const MEILI_SYNONYM_WORDS = 3;

interface LongPhrase {
  /** The member's words, diacritics folded. */
  words: string[];
  /** A member of the same group short enough for Meilisearch to expand to all the others. */
  replacement: string;
}

/**
 * Makes synonym groups work from members longer than Meilisearch expands: such a member found in a
 * query (with or without diacritics) is replaced by the group's longest short member, whose
 * Meilisearch synonyms name every member, the long one included. "trí tuệ nhân tạo" becomes
 * "artificial intelligence", which finds what was written as AI or trí tuệ nhân tạo.
 */
export class LongSynonyms {
  private readonly phrases: LongPhrase[];

  constructor(groups: readonly string[][]) {
    this.phrases = groups
      .flatMap((group) => {
        const long = group.filter((member) => wordsOf(member).length > MEILI_SYNONYM_WORDS);
        if (long.length === 0) return [];
        const short = group
          .filter((member) => !long.includes(member))
          .sort((a, b) => wordsOf(b).length - wordsOf(a).length)[0];
        if (short === undefined) {
          throw new Error(`Synonym group ${JSON.stringify(group)} needs a member of at most 3 words`);
        }
        return long.map((member) => ({ words: wordsOf(member).map(foldVietnamese), replacement: short }));
      })
      // At each position the longest phrase wins ("y học cổ truyền" before a shorter one it contains).
      .sort((a, b) => b.words.length - a.words.length);
  }

  /** The query with each long synonym phrase replaced; everything else kept as typed. */
  rewrite(query: string): string {
    if (this.phrases.length === 0) return query;
    const words = [...query.matchAll(WORD)].map((match) => ({
      folded: foldVietnamese(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    }));
    let result = '';
    let copiedTo = 0;
    for (let i = 0; i < words.length;) {
      const phrase = this.phrases.find(({ words: phraseWords }) =>
        phraseWords.every((word, k) => words[i + k]?.folded === word),
      );
      if (!phrase) {
        i++;
        continue;
      }
      result += query.slice(copiedTo, words[i].start) + phrase.replacement;
      copiedTo = words[i + phrase.words.length - 1].end;
      i += phrase.words.length;
    }
    return result + query.slice(copiedTo);
  }
}

/** Words as Meilisearch's tokenizer separates them: runs of letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

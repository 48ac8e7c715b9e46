import { MATCHING } from './matching-params';
import type { TermStats } from './term-stats';
import { foldVietnamese } from '../../common/text/normalize';
import {
  exactForm,
  forEachTerm,
  isBigram,
  type Term,
  type TermAnalyzer,
  type TermForm,
} from './text/term-analyzer';

/** A term of the proposal worth one query, with what it weighs in the fused and re-scored ranking. */
export interface KeyPhrase {
  /** The term in the form it is compared in ("tôm hùm"; "tom hum" in a proposal written without diacritics). */
  term: Term;
  form: TermForm;
  /** The term folded: what Meilisearch, which folds diacritics, found it as. */
  folded: Term;
  /** As the proposal most often writes it ("tôm hùm"): what is sent to Meilisearch and shown. */
  text: string;
  /** Share of the selected phrases' TF-IDF (the weights sum to 1). */
  weight: number;
  /** Occurrences in the proposal. */
  occurrences: number;
  /** Profiles of the registry holding it. */
  profiles: number;
}

interface Candidate {
  term: Term;
  form: TermForm;
  folded: Term;
  count: number;
  surfaces: Map<string, number>;
  score: number;
}

/**
 * The genre's own words: every proposal says đề án, nội dung, giai đoạn, hỗ trợ…, and profiles rarely
 * do, so IDF alone would rank them high. Bigrams in both forms, skipped as key phrases only.
 */
const BOILERPLATE_PHRASES = [
  'đề án',
  'dự án',
  'đề tài',
  'nhiệm vụ',
  'nội dung',
  'giai đoạn',
  'hỗ trợ',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'nâng cao',
  'tăng cường',
  'hiện nay',
  'đề xuất',
  'mục tiêu',
  'kinh phí',
  'sản phẩm',
  'địa phương',
  'người dân',
  'đơn vị',
  'cơ quan',
  'kết quả',
  'hiệu quả',
  'phát triển',
  'xây dựng',
  'khó khăn',
  'hạn chế',
  'thực trạng',
  'yêu cầu',
  'đánh giá',
  'nghiên cứu',
  'giải pháp',
  'ứng dụng',
];
const BOILERPLATE: Record<TermForm, ReadonlySet<Term>> = {
  exact: new Set(BOILERPLATE_PHRASES.map((phrase) => phrase.split(' ').map(exactForm).join(' '))),
  folded: new Set(BOILERPLATE_PHRASES.map((phrase) => foldVietnamese(phrase))),
};

/**
 * The proposal's key phrases by TF-IDF against the registry's own term statistics: sublinear term
 * frequency (1 + ln tf) times IDF, bigrams boosted; terms no profile holds cannot find anyone,
 * terms most profiles hold cannot tell experts apart, and the genre's boilerplate says nothing, so
 * they are skipped. A syllable mostly used inside a chosen bigram ("hùm" of "tôm hùm") is redundant,
 * and one mostly used inside a skipped bigram ("án" of "đề án") only ever meant that bigram: both go.
 * A proposal written with diacritics (most Vietnamese ones) has every term compared as written, so
 * "bão" finds no "báo"; in one written without them, a term without diacritics matches folded.
 */
export function extractKeyPhrases(
  text: string,
  analyzer: TermAnalyzer,
  stats: TermStats,
  maxPhrases: number = MATCHING.maxPhrases,
): KeyPhrase[] {
  const candidates = new Map<string, Candidate>();
  const { segments, markedShare } = analyzer.analyze(text);
  const withDiacritics = markedShare >= MATCHING.writtenWithDiacritics;
  for (const segment of segments) {
    forEachTerm(segment, 'exact', (exact, start, length) => {
      const tokens = segment.slice(start, start + length);
      const form: TermForm =
        withDiacritics || tokens.some((token) => token.exact !== token.folded) ? 'exact' : 'folded';
      const term = form === 'exact' ? exact : tokens.map((token) => token.folded).join(' ');
      const surface = tokens.map((token) => token.surface).join(' ');
      const key = `${form}:${term}`;
      const candidate = candidates.get(key) ?? {
        term,
        form,
        folded: tokens.map((token) => token.folded).join(' '),
        count: 0,
        surfaces: new Map(),
        score: 0,
      };
      candidate.count += 1;
      candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
      candidates.set(key, candidate);
    });
  }
  const maxProfiles = Math.max(MATCHING.minCommonProfiles, stats.documents * MATCHING.maxDocumentShare);
  const usable = ({ term, form }: Candidate) =>
    stats.df(term, form) > 0 && stats.df(term, form) <= maxProfiles && !BOILERPLATE[form].has(term);
  const skipped = [...candidates.values()].filter(
    (candidate) => isBigram(candidate.term) && !usable(candidate),
  );
  const ranked = [...candidates.values()]
    .filter(usable)
    .map((candidate) => ({
      ...candidate,
      score:
        (1 + Math.log(candidate.count)) *
        stats.idf(candidate.term, candidate.form) *
        (isBigram(candidate.term) ? MATCHING.bigramBoost : 1),
    }))
    // Ties broken by the term, so the same proposal always gives the same phrases.
    .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));

  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= maxPhrases) break;
    if (!isBigram(candidate.term) && covered(candidate, [...chosen, ...skipped])) continue;
    chosen.push(candidate);
    if (isBigram(candidate.term)) {
      // A unigram chosen earlier may now be mostly inside this bigram: its slot goes to the next term.
      for (let i = chosen.length - 2; i >= 0; i--) {
        if (!isBigram(chosen[i].term) && covered(chosen[i], [...chosen, ...skipped])) chosen.splice(i, 1);
      }
    }
  }
  const total = chosen.reduce((sum, candidate) => sum + candidate.score, 0);
  return chosen.map((candidate) => ({
    term: candidate.term,
    form: candidate.form,
    folded: candidate.folded,
    text: mostFrequent(candidate.surfaces),
    weight: candidate.score / total,
    occurrences: candidate.count,
    profiles: stats.df(candidate.term, candidate.form),
  }));
}

/** Whether these bigrams hold most occurrences of this unigram. */
function covered(unigram: Candidate, bigrams: Candidate[]): boolean {
  const inside = bigrams
    .filter(
      ({ term, form }) => isBigram(term) && form === unigram.form && term.split(' ').includes(unigram.term),
    )
    .reduce((sum, bigram) => sum + bigram.count, 0);
  return inside >= unigram.count * MATCHING.coveredShare;
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

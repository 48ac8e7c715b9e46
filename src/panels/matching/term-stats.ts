import { TERM_FORMS, type Term, type TermForm } from './text/term-analyzer';

/** Document frequencies of the registry's terms, in both forms: a document is one profile's texts. */
export class TermStats {
  constructor(
    /** Profiles counted. */
    readonly documents: number,
    private readonly frequencies: Readonly<Record<TermForm, ReadonlyMap<Term, number>>>,
    /** When the counts were taken. */
    readonly takenAt: Date = new Date(),
  ) {}

  /** How many profiles hold the term in this form (0 when none does). */
  df(term: Term, form: TermForm): number {
    return this.frequencies[form].get(term) ?? 0;
  }

  /** Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: rare terms weigh most. */
  idf(term: Term, form: TermForm): number {
    return Math.log((this.documents + 1) / (this.df(term, form) + 1)) + 1;
  }

  /** Distinct terms as written. */
  get terms(): number {
    return this.frequencies.exact.size;
  }
}

/** Counts document frequencies, one profile text at a time. */
export class TermStatsBuilder {
  private readonly frequencies = { exact: new Map<Term, number>(), folded: new Map<Term, number>() };
  private documents = 0;

  add(terms: Readonly<Record<TermForm, Iterable<Term>>>): void {
    this.documents += 1;
    for (const form of TERM_FORMS) {
      const counts = this.frequencies[form];
      for (const term of terms[form]) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }

  build(): TermStats {
    return new TermStats(this.documents, this.frequencies);
  }
}

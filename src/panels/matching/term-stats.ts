import type { Term } from './text/term-analyzer';

/** Document frequencies of the registry's terms: a document is one profile's expertise text. */
export class TermStats {
  constructor(
    /** Profiles counted. */
    readonly documents: number,
    private readonly frequencies: ReadonlyMap<Term, number>,
    /** When the counts were taken. */
    readonly takenAt: Date = new Date(),
  ) {}

  /** How many profiles hold the term (0 when none does). */
  df(term: Term): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: rare terms weigh most. */
  idf(term: Term): number {
    return Math.log((this.documents + 1) / (this.df(term) + 1)) + 1;
  }

  get terms(): number {
    return this.frequencies.size;
  }
}

/** Counts document frequencies, one profile text at a time. */
export class TermStatsBuilder {
  private readonly frequencies = new Map<Term, number>();
  private documents = 0;

  add(terms: Iterable<Term>): void {
    this.documents += 1;
    for (const term of terms) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
  }

  build(): TermStats {
    return new TermStats(this.documents, this.frequencies);
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { mayBeProposedForPanels, proposableStatuses, type EligibilityOptions } from './eligibility';
import { MatchingCatalog, type MatchingVocabulary } from './matching-catalog';
import { profileTextPage, textsOf } from './profile-texts';
import { TermStats, TermStatsBuilder } from './term-stats';
import type { Term, TermForm } from './text/term-analyzer';

/**
 * How long counted statistics serve before a recount starts (in the background: the old counts keep
 * serving meanwhile). IDF is a property of the whole registry: a day's edits move ln(N/df) by far less
 * than the ranking can show, so an hour's lag costs nothing, while counting on every profile save
 * would add a term-set diff to the indexer's path (BENCHMARKS.md gives the recount's time).
 */
export const TERM_STATS_MAX_AGE_MS = 60 * 60_000;
/**
 * How long a matching waits for a count still running (the first after start: 33 s at 100k profiles on
 * a busy machine) before answering 503 with Retry-After, rather than holding the staff page that long.
 */
export const TERM_STATS_WAIT_MS = 10_000;
const PAGE = 5_000;
/**
 * Who the statistics count: everyone who can be a candidate, so a term only the deceased or merged-away
 * records hold weighs as rare as it is among the people a matching can propose. Retired people are
 * candidates when staff ask for them, so they are counted.
 */
const COUNTED: EligibilityOptions = { includeRetired: true };

/**
 * The registry's document frequencies, counted from PostgreSQL by this process and kept in memory.
 * Counted when the process starts, in the background, so the first matching does not wait for them.
 */
@Injectable()
export class TermStatistics implements OnApplicationBootstrap {
  private readonly logger = new Logger(TermStatistics.name);
  private stats?: TermStats;
  private counting?: Promise<TermStats>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: MatchingCatalog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.termStatsAtStart) return;
    this.recount().catch((error: unknown) =>
      this.logger.warn(`Term statistics not counted at start: ${String(error)}`),
    );
  }

  /** The current counts: the first call waits for them (up to TERM_STATS_WAIT_MS), later ones get the last counts at once. */
  async current(): Promise<TermStats> {
    if (!this.stats) return this.firstCount();
    if (Date.now() - this.stats.takenAt.getTime() > TERM_STATS_MAX_AGE_MS && !this.counting) {
      this.recount().catch((error: unknown) =>
        this.logger.warn(`Term statistics not recounted: ${String(error)}`),
      );
    }
    return this.stats;
  }

  /** Counts again now (one count at a time); what the next matching reads once it finishes. */
  recount(): Promise<TermStats> {
    this.counting ??= this.count()
      .then((stats) => {
        // An empty registry's counts are not kept: the first profiles would otherwise wait an hour to count.
        if (stats.documents > 0) this.stats = stats;
        return stats;
      })
      .finally(() => (this.counting = undefined));
    return this.counting;
  }

  private async firstCount(): Promise<TermStats> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DomainError('SERVICE_UNAVAILABLE', {
              en: 'The registry’s term statistics are still being counted; try again shortly',
              vi: 'Hệ thống đang thống kê thuật ngữ của cơ sở dữ liệu; vui lòng thử lại sau ít phút',
            }),
          ),
        TERM_STATS_WAIT_MS,
      );
    });
    try {
      return await Promise.race([this.recount(), waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async count(): Promise<TermStats> {
    return countTermStats(this.dataSource.manager, await this.catalog.get());
  }
}

/** Counts the document frequencies of every profile that may be proposed for panels, in keyset pages. */
export async function countTermStats(
  manager: EntityManager,
  vocabulary: MatchingVocabulary,
): Promise<TermStats> {
  const builder = new TermStatsBuilder();
  for (let after: string | null = null; ;) {
    const rows = await profileTextPage(manager, proposableStatuses(COUNTED), after, PAGE);
    for (const row of rows) {
      if (!mayBeProposedForPanels(row, COUNTED)) continue;
      builder.add(
        profileTerms(
          vocabulary,
          textsOf(row, (c) => vocabulary.fieldNames(c)),
        ),
      );
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].id;
  }
  return builder.build();
}

/** The distinct terms of all of a profile's texts in both forms: one document of the statistics. */
function profileTerms(
  vocabulary: MatchingVocabulary,
  texts: Record<string, string[]>,
): Record<TermForm, Set<Term>> {
  return vocabulary.analyzer.termSets(Object.values(texts).flat().join('\n'));
}

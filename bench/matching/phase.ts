import type { Pool } from 'pg';
import type { GeneratorOptions } from '../../src/seed/profile-generator';
import type { ApiClient } from '../api-client';
import { waitUntilSearchable } from '../phases/indexing';
import {
  hidePublications,
  nicheHolders,
  planTrials,
  rankFigures,
  onTopicShare,
  runTrial,
  topicHolders,
  topicSpecificHolders,
  type RankFigures,
  type Trial,
  type TrialAuthors,
  type TrialRanks,
} from './leave-one-out';
import { loadAverage, measureSpeed, type SpeedPlan, type SpeedResult } from './speed';

/** OpenReview's published figures for its own matcher on its leave-one-out test (top-1 / 5 / 10). */
export const OPENREVIEW = {
  bm25: { top1: 0.318, top5: 0.486, top10: 0.538 },
  elmo: { top1: 0.383, top5: 0.485, top10: 0.516 },
} as const;

export interface MatchingPlan {
  trials: number;
  speed: SpeedPlan;
}

export const MATCHING_FULL: MatchingPlan = {
  trials: 200,
  speed: { proposals: 10, words: 3_000, requests: 120, stageRounds: 5 },
};
export const MATCHING_SMOKE: MatchingPlan = {
  trials: 10,
  speed: { proposals: 2, words: 3_000, requests: 4, stageRounds: 1 },
};

interface Split {
  matcher: RankFigures;
  naive: RankFigures;
}

/** Mean share of each method's first ten who list a publication on the hidden title's topic. */
interface OnTopic {
  matcher: number;
  naive: number;
}

interface Spread {
  p50: number;
  p90: number;
}

interface Chance {
  top1: number;
  top5: number;
  top10: number;
}

export interface LeaveOneOutResult extends Split {
  /** Share of trials whose hidden title names specifics of its author's niche. */
  onNiche: number;
  /** Share of trials whose author keeps another publication on the hidden one's topic. */
  authorKeepsTopic: number;
  /** … on that topic naming one of the hidden title's specifics (the topic alone off the niche). */
  authorKeepsTopicAndSpecific: number;
  /** … another publication or expertise keyword naming one of the hidden title's specifics. */
  authorKeepsSpecific: number;
  /** Active people listing a publication on the hidden title's topic: median and 90th percentile. */
  topicHolders: Spread;
  /** … on that topic and naming one of its specifics (the topic alone off the niche). */
  topicSpecificHolders: Spread;
  /** Active people whose publications or expertise name all the hidden title's specifics, trials on the niche. */
  nicheHolders: Spread;
  /**
   * Top-1 / 5 / 10 of a ranking that puts the people on the hidden title's topic with one of its
   * specifics first, in random order: what sharing the title's subject is worth when nothing else
   * tells the author apart.
   */
  chance: Chance;
  /** The same with the topic's holders only, the previous generator's chance. */
  chanceTopic: Chance;
  onTopicAt10: OnTopic;
  byLanguage: { vi: Split; en: Split };
  byAuthorKeepsTopic: { yes: Split; no: Split };
  /** Trials whose hidden title is on the author's niche, and the others. */
  byNiche: { on: Split; off: Split };
  byAuthorKeepsSpecific: { yes: Split; no: Split };
  openReview: typeof OPENREVIEW;
  /** The first candidates request, from a fresh API process counting its term statistics since it started. */
  firstCandidatesMs: number;
  loadAverage: { before: number[]; after: number[] };
  seconds: number;
}

export interface MatchingFigures {
  leaveOneOut: LeaveOneOutResult;
  speed: SpeedResult;
}

export interface MatchingContext {
  client: ApiClient;
  pool: Pool;
  meili: { url: string; key: string; indexUid: string };
  profiles: number;
  generator: GeneratorOptions;
  authors: TrialAuthors;
}

/**
 * Issue 12's matching figures: leave-one-out over generated publications (matcher against the naive
 * one-query baseline), then the speed of candidates for long proposals. Leave-one-out runs first so
 * the API's term statistics are counted without the hidden publications.
 */
export async function measureMatching(
  context: MatchingContext,
  plan: MatchingPlan,
): Promise<MatchingFigures> {
  const step = (message: string) => console.log(`[bench] ${message}`);
  const { client, pool } = context;
  const organizationId = await requestingOrganization(pool);
  step(`leave-one-out: hiding one publication of each of ${plan.trials} authors and reindexing`);
  const started = performance.now();
  const trials = await planTrials(pool, context.authors, plan.trials, context.generator);
  await hidePublications(pool, trials);
  await waitUntilSearchable(client, context.profiles, 60_000 + context.profiles * 5);
  const holders = await topicHolders(
    pool,
    trials.map((trial) => trial.topic),
  );
  const specificHolders: number[] = [];
  const sameNiche: number[] = [];
  for (const trial of trials) {
    specificHolders.push(await topicSpecificHolders(pool, trial));
    const n = await nicheHolders(pool, trial);
    if (n !== null) sameNiche.push(n);
  }
  step(`leave-one-out: ${trials.length} proposals through review requests and candidates`);
  const before = loadAverage();
  const ranks: TrialRanks[] = [];
  for (const trial of trials) ranks.push(await runTrial(client, trial, organizationId));
  const after = loadAverage();
  const split = (keep: (i: number) => boolean): Split => ({
    matcher: rankFigures(ranks.filter((_, i) => keep(i)).map((rank) => rank.matcher)),
    naive: rankFigures(ranks.filter((_, i) => keep(i)).map((rank) => rank.naive)),
  });
  const chanceAmong = (keeps: (i: number) => boolean, among: (i: number) => number) => {
    const at = (k: number) =>
      share(
        trials.reduce((sum, _, i) => sum + (keeps(i) ? Math.min(1, k / Math.max(1, among(i))) : 0), 0),
        trials.length,
      );
    return { top1: at(1), top5: at(5), top10: at(10) };
  };
  const shareOf = (keep: (trial: Trial) => boolean) => share(trials.filter(keep).length, trials.length);
  const onTopic = { matcher: 0, naive: 0 };
  for (const [i, trial] of trials.entries()) {
    onTopic.matcher += await onTopicShare(pool, ranks[i].matcherTop10, trial.topic);
    onTopic.naive += await onTopicShare(pool, ranks[i].naiveTop10, trial.topic);
  }
  const leaveOneOut: LeaveOneOutResult = {
    ...split(() => true),
    onNiche: shareOf((trial) => trial.specifics.length > 0),
    authorKeepsTopic: shareOf((trial) => trial.authorKeepsTopic),
    authorKeepsTopicAndSpecific: shareOf((trial) => trial.authorKeepsTopicAndSpecific),
    authorKeepsSpecific: shareOf((trial) => trial.authorKeepsSpecific),
    topicHolders: spread(trials.map((trial) => holders.get(trial.topic) ?? 0)),
    topicSpecificHolders: spread(specificHolders),
    nicheHolders: spread(sameNiche),
    chance: chanceAmong(
      (i) => trials[i].authorKeepsTopicAndSpecific,
      (i) => specificHolders[i],
    ),
    chanceTopic: chanceAmong(
      (i) => trials[i].authorKeepsTopic,
      (i) => holders.get(trials[i].topic) ?? 1,
    ),
    onTopicAt10: {
      matcher: share(onTopic.matcher, trials.length),
      naive: share(onTopic.naive, trials.length),
    },
    byLanguage: { vi: split((i) => trials[i].vietnamese), en: split((i) => !trials[i].vietnamese) },
    byAuthorKeepsTopic: {
      yes: split((i) => trials[i].authorKeepsTopic),
      no: split((i) => !trials[i].authorKeepsTopic),
    },
    byNiche: {
      on: split((i) => trials[i].specifics.length > 0),
      off: split((i) => trials[i].specifics.length === 0),
    },
    byAuthorKeepsSpecific: {
      yes: split((i) => trials[i].authorKeepsSpecific),
      no: split((i) => !trials[i].authorKeepsSpecific),
    },
    openReview: OPENREVIEW,
    firstCandidatesMs: Math.round(ranks[0]?.candidatesMs ?? 0),
    loadAverage: { before, after },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  step(
    `speed: candidates for ${plan.speed.proposals} proposals of ${plan.speed.words} words, ${plan.speed.requests} requests`,
  );
  const speed = await measureSpeed(
    client,
    pool,
    context.meili,
    organizationId,
    context.generator.seed,
    plan.speed,
  );
  return { leaveOneOut, speed };
}

/**
 * The organization the bench's requests come from: a provincial department, as most will. Conflict
 * flags of its employees do not change the ranking.
 */
async function requestingOrganization(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM organization WHERE short_name = 'SKHCN'`);
  if (!rows[0]) throw new Error('organization SKHCN is not in the catalog');
  return rows[0].id;
}

/** Median and 90th percentile. */
function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p90: sorted[Math.floor(sorted.length * 0.9)] ?? 0,
  };
}

const share = (part: number, whole: number) => Math.round((part / Math.max(1, whole)) * 1000) / 1000;

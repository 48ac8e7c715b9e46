import type { Pool } from 'pg';
import { consumersOf } from '../../src/platform/outbox/outbox-consumers';
import { OUTBOX_CHANNEL } from '../../src/platform/outbox/outbox-listener';
import type { GeneratedProfile } from '../../src/seed/generated-profile';
import { generateProfile, type GeneratorOptions } from '../../src/seed/profile-generator';
import { createRng } from '../../src/seed/prng';
import type { ApiClient } from '../api-client';
import type { ApiSearchPage } from '../engines/api-search';
import { abstractFor, firstTenWords, specificsOf, topicOf, vocabularyOf } from './proposals';
import { acceptedRequest, candidatesOf } from './review-requests';

/** Candidates and hits read per trial: a rank beyond it counts as not found (reciprocal rank 0). */
export const RANK_DEPTH = 100;

/** Active people with at least one publication, by generator index: who a trial may hide one from. */
export class TrialAuthors {
  readonly authors: Array<{ index: number; id: string }> = [];

  add(profiles: GeneratedProfile[], ids: string[], from: number): void {
    profiles.forEach((profile, i) => {
      if (profile.status === 'active' && profile.publications.length > 0)
        this.authors.push({ index: from + i, id: ids[i] });
    });
  }
}

export interface Trial {
  authorId: string;
  publicationId: string;
  title: string;
  abstract: string;
  fieldCodes: string[];
  vietnamese: boolean;
  /** The generated topic the title was built on. */
  topic: string;
  /** The specifics of the author's niche the title names (none for a title off the niche). */
  specifics: string[];
  /** Whether another of the author's publications is on the same generated topic. */
  authorKeepsTopic: boolean;
  /** … on that topic and naming one of the title's specifics (the topic alone off the niche). */
  authorKeepsTopicAndSpecific: boolean;
  /** Whether another publication or the expertise of the author names one of the title's specifics. */
  authorKeepsSpecific: boolean;
}

/**
 * Authors drawn uniformly (not publications, which would favour the prolific), one publication of each
 * drawn uniformly, with its abstract-like text; the request names the fields of the vocabulary the
 * title came from, as an agency names the field of its proposal.
 */
export async function planTrials(
  pool: Pool,
  authors: TrialAuthors,
  count: number,
  options: GeneratorOptions,
): Promise<Trial[]> {
  const rng = createRng(options.seed, 12);
  // abstracts draw from a stream of their own, so how they are written never moves the trials
  const abstracts = createRng(options.seed, 13);
  const trials: Trial[] = [];
  for (const { index, id } of rng.sample(authors.authors, count)) {
    const profile = generateProfile(options, index);
    const at = rng.int(0, profile.publications.length - 1);
    const publication = profile.publications[at];
    const vocabulary = vocabularyOf(profile.primaryFieldCode);
    const { topic, vietnamese } = topicOf(publication.title, vocabulary);
    const specifics = Object.values(specificsOf(publication.title, vocabulary));
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM publication WHERE intellectual_id = $1 AND title = $2 AND year = $3 LIMIT 1`,
      [id, publication.title, publication.year],
    );
    if (!rows[0]) throw new Error(`publication "${publication.title}" of ${id} not found`);
    const others = profile.publications.filter((_, i) => i !== at).map((other) => other.title);
    const namesOne = (text: string) => specifics.some((specific) => text.includes(specific));
    trials.push({
      authorId: id,
      publicationId: rows[0].id,
      title: publication.title,
      abstract: abstractFor(publication.title, vocabulary, abstracts),
      fieldCodes: vocabulary.codes.map(([code]) => code),
      vietnamese,
      topic,
      specifics,
      authorKeepsTopic: others.some((title) => title.includes(topic)),
      authorKeepsTopicAndSpecific: others.some(
        (title) => title.includes(topic) && (specifics.length === 0 || namesOne(title)),
      ),
      authorKeepsSpecific: [...others, ...profile.expertise].some(namesOne),
    });
  }
  return trials;
}

/**
 * Removes every trial's publication from its author's profile in one transaction, with the outbox
 * rows the profile service writes, so the product's indexer takes them out of the index. The trials
 * hide theirs together (one reindex, not one per trial): each author loses only their own, and the
 * others' (at most `count` of all publications) are no clue to anyone's.
 */
export async function hidePublications(pool: Pool, trials: Trial[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DELETE FROM publication WHERE id = ANY($1::uuid[])`, [
      trials.map((t) => t.publicationId),
    ]);
    await client.query(
      `INSERT INTO outbox_event (consumer, aggregate_type, aggregate_id)
       SELECT consumer, 'intellectual', id FROM unnest($2::text[]) consumer, unnest($1::uuid[]) id`,
      [[...new Set(trials.map((t) => t.authorId))], consumersOf('intellectual')],
    );
    await client.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * How many active people list a publication on each topic (after hiding): how many the data makes
 * look the same as the author on the hidden title's topic alone.
 */
export async function topicHolders(pool: Pool, topics: string[]): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ topic: string; holders: number }>(
    `SELECT t.topic, count(DISTINCT p.intellectual_id)::int AS holders
       FROM unnest($1::text[]) AS t(topic)
       JOIN publication p ON strpos(p.title, t.topic) > 0
       JOIN intellectual i ON i.id = p.intellectual_id AND i.status = 'active'
      GROUP BY t.topic`,
    [[...new Set(topics)]],
  );
  return new Map(rows.map((row) => [row.topic, row.holders]));
}

/**
 * Active people (after hiding) listing a publication on the trial's topic that names one of its
 * specifics (the topic alone for a title off the niche): the people a ranking by chance puts first.
 */
export async function topicSpecificHolders(pool: Pool, trial: Trial): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(DISTINCT p.intellectual_id)::int AS n
       FROM publication p JOIN intellectual i ON i.id = p.intellectual_id AND i.status = 'active'
      WHERE strpos(p.title, $1) > 0
        AND (cardinality($2::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest($2::text[]) s WHERE strpos(p.title, s) > 0))`,
    [trial.topic, trial.specifics],
  );
  return rows[0].n;
}

/**
 * Active people whose publications or expertise name every specific of the trial's title, on any
 * topic: how many look like the author on the proposal's niche alone (null off the niche).
 */
export async function nicheHolders(pool: Pool, trial: Trial): Promise<number | null> {
  if (trial.specifics.length === 0) return null;
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT x.id FROM (
         SELECT p.intellectual_id AS id, s FROM publication p JOIN unnest($1::text[]) s ON strpos(p.title, s) > 0
         UNION
         SELECT i.id, s FROM intellectual i JOIN unnest($1::text[]) s ON strpos(array_to_string(i.expertise, '|'), s) > 0
       ) x JOIN intellectual i ON i.id = x.id AND i.status = 'active'
       GROUP BY x.id HAVING count(DISTINCT x.s) = cardinality($1::text[])
     ) q`,
    [trial.specifics],
  );
  return rows[0].n;
}

/**
 * The share of these people (a method's first ten) who list a publication on the topic: whether it
 * finds experts of the hidden title's subject at all, which the data can tell apart even where it
 * cannot tell the author from the other people on that subject. Over ten, even when fewer came back.
 */
export async function onTopicShare(pool: Pool, ids: string[], topic: string): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(DISTINCT intellectual_id)::int AS n FROM publication
      WHERE intellectual_id = ANY($1::uuid[]) AND strpos(title, $2) > 0`,
    [ids, topic],
  );
  return rows[0].n / 10;
}

/** Where each method put the author (1-based, null beyond RANK_DEPTH), and whom it put first. */
export interface TrialRanks {
  matcher: number | null;
  naive: number | null;
  matcherTop10: string[];
  naiveTop10: string[];
  /** The candidates request's time. */
  candidatesMs: number;
}

/**
 * One trial: the matcher through a review request and GET /review-requests/{id}/candidates, and the
 * naive baseline, the proposal's first ten words as one staff search (GET /search/intellectuals,
 * the path staff and the public use, which is one Meilisearch query).
 */
export async function runTrial(client: ApiClient, trial: Trial, organizationId: string): Promise<TrialRanks> {
  const id = await acceptedRequest(client, {
    title: trial.title,
    summary: trial.abstract,
    fieldCodes: trial.fieldCodes,
    requestingOrganizationId: organizationId,
  });
  const started = performance.now();
  const candidates = await candidatesOf(client, id, RANK_DEPTH);
  const candidatesMs = performance.now() - started;
  const query = new URLSearchParams({
    q: firstTenWords(`${trial.title}\n${trial.abstract}`),
    limit: String(RANK_DEPTH),
  });
  const { status, body } = await client.get<ApiSearchPage>(`/search/intellectuals?${query.toString()}`);
  if (status !== 200) throw new Error(`search answered ${status}`);
  const rank = (ids: string[]) => {
    const at = ids.indexOf(trial.authorId);
    return at < 0 ? null : at + 1;
  };
  const matcher = candidates.items.map((item) => item.intellectualId);
  const naive = body.items.map((item) => item.id);
  return {
    matcher: rank(matcher),
    naive: rank(naive),
    matcherTop10: matcher.slice(0, 10),
    naiveTop10: naive.slice(0, 10),
    candidatesMs,
  };
}

export interface RankFigures {
  trials: number;
  top1: number;
  top5: number;
  top10: number;
  /** Mean reciprocal rank, 0 for a rank beyond RANK_DEPTH. */
  mrr: number;
  /** Share of trials with the author anywhere in the first RANK_DEPTH. */
  found: number;
}

export function rankFigures(ranks: Array<number | null>): RankFigures {
  const share = (hit: (rank: number) => boolean) =>
    round(ranks.filter((rank) => rank !== null && hit(rank)).length / Math.max(1, ranks.length));
  return {
    trials: ranks.length,
    top1: share((rank) => rank === 1),
    top5: share((rank) => rank <= 5),
    top10: share((rank) => rank <= 10),
    mrr: round(
      ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / Math.max(1, ranks.length),
    ),
    found: share(() => true),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

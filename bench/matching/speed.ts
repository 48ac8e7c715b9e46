import { loadavg } from 'node:os';
import { Meilisearch } from 'meilisearch';
import type { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import type { CatalogEntry } from '../../src/catalog';
import { findEvidence, type TermSets } from '../../src/panels/matching/evidence';
import { reciprocalRankFusion } from '../../src/panels/matching/fusion';
import { extractKeyPhrases } from '../../src/panels/matching/key-phrases';
import { MATCHING_CATALOGS, matchingVocabularyOf } from '../../src/panels/matching/matching-catalog';
import { MATCHING } from '../../src/panels/matching/matching-params';
import { phraseQueries } from '../../src/panels/matching/phrase-retrieval';
import { profileTextRows, textsOf } from '../../src/panels/matching/profile-texts';
import { countTermStats } from '../../src/panels/matching/term-statistics.service';
import { createRng } from '../../src/seed/prng';
import { FIELD_VOCABULARIES } from '../../src/seed/vocabulary/fields';
import type { ApiClient } from '../api-client';
import { percentile, summarize, type LatencySummary } from '../stats';
import { longProposal, wordCount } from './proposals';
import { acceptedRequest, candidatesOf } from './review-requests';

export interface SpeedPlan {
  proposals: number;
  words: number;
  /** Timed requests, round robin over the proposals, after one warm request each. */
  requests: number;
  /** Rounds of the in-process stage timings over the proposals. */
  stageRounds: number;
}

export interface StageTimes {
  /** p50 / p95 in ms of each stage, timed in the bench process with the matcher's own functions. */
  keyPhrases: { p50: number; p95: number };
  meilisearch: { p50: number; p95: number };
  profileRows: { p50: number; p95: number };
  evidence: { p50: number; p95: number };
}

export interface SpeedResult {
  proposals: number;
  words: number;
  /** Warm GET /review-requests/{id}/candidates (first page of 20), one at a time. */
  candidates: LatencySummary;
  keyPhrasesPerProposal: number;
  stages: StageTimes;
  /** Counting the registry's term statistics once, as the API does at its first matching and hourly. */
  termStatsSeconds: number;
  termStatsTerms: number;
  loadAverage: { before: number[]; after: number[] };
}

/** `proposals` long Vietnamese proposals, each on one field with a second mixed in. */
export function speedProposals(seed: string, count: number, words: number) {
  const rng = createRng(seed, 13);
  return Array.from({ length: count }, (_, i) => {
    const main = FIELD_VOCABULARIES[i % FIELD_VOCABULARIES.length];
    const second = rng.pick(FIELD_VOCABULARIES.filter((vocabulary) => vocabulary !== main));
    return {
      title: `Phản biện đề án về ${main.expertise[0]} và ${second.expertise[0]} giai đoạn 2026–2030`,
      summary: `Đề án đề xuất các nhiệm vụ về ${main.expertise.slice(0, 3).join(', ')} gắn với ${second.expertise[0]}.`,
      proposalText: longProposal(main, second, words, rng),
      fieldCodes: [main.codes[0][0], second.codes[0][0]],
    };
  });
}

/**
 * Candidates for long proposals through the API, then each stage of the matcher timed on its own in
 * this process (same functions, same PostgreSQL and Meilisearch), to say where the time goes; what
 * the stages do not account for is the conflicts, load, HTTP and authorization of the request.
 */
export async function measureSpeed(
  client: ApiClient,
  pool: Pool,
  meili: { url: string; key: string; indexUid: string },
  organizationId: string,
  seed: string,
  plan: SpeedPlan,
): Promise<SpeedResult> {
  const before = loadAverage();
  const proposals = speedProposals(seed, plan.proposals, plan.words);
  const ids: string[] = [];
  for (const proposal of proposals)
    ids.push(await acceptedRequest(client, { ...proposal, requestingOrganizationId: organizationId }));
  for (const id of ids) await candidatesOf(client, id, 20);
  const latencies: number[] = [];
  let phrases = 0;
  const started = performance.now();
  for (let i = 0; i < plan.requests; i++) {
    const at = performance.now();
    const page = await candidatesOf(client, ids[i % ids.length], 20);
    latencies.push(performance.now() - at);
    phrases += page.keyPhrases.length;
  }
  const candidates = summarize(latencies, 0, (performance.now() - started) / 1000);
  const after = loadAverage();
  const stages = await stageTimes(pool, meili, proposals, plan.stageRounds);
  return {
    proposals: proposals.length,
    words: Math.round(proposals.reduce((sum, p) => sum + wordCount(p.proposalText), 0) / proposals.length),
    candidates,
    keyPhrasesPerProposal: Math.round((phrases / plan.requests) * 10) / 10,
    ...stages,
    loadAverage: { before, after },
  };
}

async function stageTimes(
  pool: Pool,
  meili: { url: string; key: string; indexUid: string },
  proposals: ReturnType<typeof speedProposals>,
  rounds: number,
): Promise<{ stages: StageTimes; termStatsSeconds: number; termStatsTerms: number }> {
  // The matcher's queries through a pg pool: they only use manager.query.
  const manager = {
    query: async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as unknown[],
  } as unknown as EntityManager;
  const { rows: entries } = await pool.query<CatalogEntry>(
    `SELECT catalog, code, parent_code AS "parentCode", name_vi AS "nameVi", name_en AS "nameEn"
       FROM catalog_entry WHERE catalog = ANY($1)`,
    [[...MATCHING_CATALOGS]],
  );
  const vocabulary = matchingVocabularyOf(entries);
  const counting = performance.now();
  const stats = await countTermStats(manager, vocabulary);
  const termStatsSeconds = Math.round((performance.now() - counting) / 10) / 100;
  const client = new Meilisearch({ host: meili.url, apiKey: meili.key });
  const times = {
    keyPhrases: [] as number[],
    meilisearch: [] as number[],
    profileRows: [] as number[],
    evidence: [] as number[],
  };
  for (let round = 0; round < rounds; round++) {
    for (const proposal of proposals) {
      const text = [proposal.title, proposal.summary, proposal.proposalText].join('\n');
      let at = performance.now();
      const phrases = extractKeyPhrases(text, vocabulary.analyzer, stats);
      times.keyPhrases.push(performance.now() - at);
      at = performance.now();
      const queries = phraseQueries(phrases, { includeRetired: false });
      const { results } = await client.multiSearch({
        queries: queries.map(({ query }) => ({ ...query, indexUid: meili.indexUid })),
      });
      times.meilisearch.push(performance.now() - at);
      const lists = results.map((result, i) => ({
        weight: queries[i].weight,
        ids: result.hits.map((hit) => String(hit.id)),
      }));
      const ids = reciprocalRankFusion(lists, MATCHING.rrfK)
        .slice(0, MATCHING.pool)
        .map(({ id }) => id);
      at = performance.now();
      const rows = await profileTextRows(manager, ids);
      times.profileRows.push(performance.now() - at);
      at = performance.now();
      const termSets: TermSets = new Map();
      for (const row of rows)
        findEvidence(
          textsOf(row, (code) => vocabulary.fieldNames(code)),
          phrases,
          vocabulary.analyzer,
          termSets,
        );
      times.evidence.push(performance.now() - at);
    }
  }
  const figures = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
  };
  return {
    stages: {
      keyPhrases: figures(times.keyPhrases),
      meilisearch: figures(times.meilisearch),
      profileRows: figures(times.profileRows),
      evidence: figures(times.evidence),
    },
    termStatsSeconds,
    termStatsTerms: stats.terms,
  };
}

/** The 1, 5 and 15 minute load averages `uptime` prints. */
export const loadAverage = () => loadavg().map((value) => Math.round(value * 100) / 100);
const round = (value: number) => Math.round(value * 100) / 100;

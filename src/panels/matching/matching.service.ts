import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadSummaries } from '../../intellectuals';
import type { CandidateView, KeyPhraseView } from './candidates.view';
import { mayBeProposedForPanels, type EligibilityOptions } from './eligibility';
import { findEvidence, foundOnlyFolded, type TermSets } from './evidence';
import { reciprocalRankFusion, withoutHits } from './fusion';
import { extractKeyPhrases, type KeyPhrase } from './key-phrases';
import { MatchingCatalog } from './matching-catalog';
import { MATCHING } from './matching-params';
import { PhraseRetrieval } from './phrase-retrieval';
import { profileTextRows, textsOf } from './profile-texts';
import { fieldsReason, phraseReason, standingReason } from './reasons';
import { fieldCoverage, finalScore, standing } from './scoring';
import { TermStatistics } from './term-statistics.service';

/** What to match: the proposal's whole text and the S&T fields it asks for (may be none). */
export interface MatchInput {
  text: string;
  fieldCodes: readonly string[];
}

export interface MatchResult {
  keyPhrases: KeyPhraseView[];
  /** Everyone eligible with at least one checkable reason, best first (at most MATCHING.pool). */
  candidates: CandidateView[];
}

/**
 * Proposal → ranked experts with reasons (DESIGN.md section 6): key phrases by TF-IDF over the
 * registry's term statistics, one Meilisearch query per phrase, weighted reciprocal rank fusion, then
 * a re-score of the fused pool from PostgreSQL rows: phrases found per place, fields covered, titles.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: MatchingCatalog,
    private readonly statistics: TermStatistics,
    private readonly retrieval: PhraseRetrieval,
  ) {}

  async match(input: MatchInput, options: EligibilityOptions): Promise<MatchResult> {
    const [vocabulary, stats] = await Promise.all([this.catalog.get(), this.statistics.current()]);
    const phrases = extractKeyPhrases(input.text, vocabulary.analyzer, stats);
    const lists = await this.retrieval.retrieve(phrases, options);
    const ids = reciprocalRankFusion(lists, MATCHING.rrfK)
      .slice(0, MATCHING.pool)
      .map(({ id }) => id);
    // The index may lag behind a change (someone just marked deceased): the rows decide.
    const rows = (await profileTextRows(this.dataSource.manager, ids)).filter((row) =>
      mayBeProposedForPanels(row, options),
    );
    const summaries = await loadSummaries(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    const fieldName = (code: string) => {
      const field = vocabulary.field(code);
      return { vi: field?.nameVi ?? code, en: field?.nameEn ?? field?.nameVi ?? code };
    };
    const termSets: TermSets = new Map();
    const texts = new Map(rows.map((row) => [row.id, textsOf(row, (code) => vocabulary.fieldNames(code))]));
    const evidenceOf = new Map(
      [...texts].map(([id, own]) => [id, findEvidence(own, phrases, vocabulary.analyzer, termSets)]),
    );
    // Meilisearch folds diacritics: a "báo" profile among the hits of "bão" leaves that list before
    // the retrieval score is taken, so it neither scores for the phrase nor pushes the right people down.
    // A combined list keeps a hit holding any of its phrases as written.
    const confirmed = withoutHits(lists, (id, list) => {
      const own = texts.get(id);
      return (
        !!own &&
        lists[list].phrases.every(
          (i) =>
            !evidenceOf.get(id)!.matches.some((match) => match.phrase === phrases[i].text) &&
            foundOnlyFolded(own, phrases[i], vocabulary.analyzer, termSets),
        )
      );
    });
    const fused = reciprocalRankFusion(confirmed, MATCHING.rrfK);
    const best = fused[0]?.score ?? 1;
    const retrieval = new Map(fused.map(({ id, score }) => [id, score / best]));
    const scored = rows.flatMap((row): Array<Omit<CandidateView, 'rank'>> => {
      const summary = summaries.get(row.id);
      const evidence = evidenceOf.get(row.id)!;
      if (!summary || evidence.matches.length === 0) return [];
      const coverage = fieldCoverage(input.fieldCodes, summary.fieldTree, (code) =>
        vocabulary.parentOf(code),
      );
      const parts = {
        evidence: round(evidence.score),
        retrieval: round(retrieval.get(row.id) ?? 0),
        fields: input.fieldCodes.length ? round(coverage.score) : null,
        standing: standing(row.academicTitle, summary.highestDegree),
      };
      const title = row.academicTitle ? vocabulary.name('academic-titles', row.academicTitle) : null;
      const degree = summary.highestDegree ? vocabulary.name('degree-levels', summary.highestDegree) : null;
      const ownFields = [...new Set([row.primaryFieldCode, ...row.fieldCodes])].filter(
        (code): code is string => !!code,
      );
      return [
        {
          intellectualId: row.id,
          fullName: row.fullName,
          status: row.status,
          organizationName: summary.employerName,
          position: row.position,
          academicTitle: row.academicTitle,
          highestDegree: summary.highestDegree,
          score: round(finalScore(parts)),
          scoreParts: parts,
          reasons: [
            ...evidence.matches.map(phraseReason),
            fieldsReason(coverage, fieldName),
            standingReason(title, degree),
          ].filter((reason) => reason !== null),
          matchedPhrases: evidence.matches.map((match) => ({ ...match, weight: round(match.weight) })),
          fields: ownFields.map((code) => ({
            code,
            nameVi: fieldName(code).vi,
            nameEn: vocabulary.field(code)?.nameEn ?? null,
          })),
          fieldsCovered: coverage.covered,
          fieldsNear: coverage.near,
          publicationCount: row.publications.length,
        },
      ];
    });
    scored.sort((a, b) => b.score - a.score || (a.intellectualId < b.intellectualId ? -1 : 1));
    return {
      keyPhrases: phrases.map(toKeyPhraseView),
      candidates: scored.map((candidate, i) => ({ rank: i + 1, ...candidate })),
    };
  }
}

function toKeyPhraseView(phrase: KeyPhrase): KeyPhraseView {
  return {
    text: phrase.text,
    weight: round(phrase.weight),
    occurrences: phrase.occurrences,
    profiles: phrase.profiles,
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { worstSeverity } from '../conflicts';
import type { ConflictFlag, ConflictRequest } from '../conflicts';
import { MatchingService } from '../matching';
import type { CandidateView, KeyPhraseView } from '../matching/candidates.view';
import { ConflictsService } from '../conflicts';
import { ReviewRequest } from '../requests';
import { Panel } from './entities/panel.entity';
import { PanelMember } from './entities/panel-member.entity';
import { declaredConflictsOf } from './declared-conflicts';
import { PanelAssessor } from './panel-assessor';
import { PanelLoadService } from './panel-load.service';
import { SEATED_STATUSES } from './panel-rules';
import type { PanelCandidateView } from './panel.views';
import { RequestMatchingText } from './request-matching-text';
import { readTogether } from '../../platform/database/read-together';

export interface RankedCandidates {
  keyPhrases: KeyPhraseView[];
  candidates: CandidateView[];
}

/**
 * The experts matched to a request (MatchingService over its text and fields), each with the
 * conflict-of-interest flags against its drafters and organization and their current panel load.
 */
@Injectable()
export class PanelCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly conflicts: ConflictsService,
    private readonly load: PanelLoadService,
    private readonly assessor: PanelAssessor,
    private readonly text: RequestMatchingText,
  ) {}

  /** Every matched candidate, best first, without conflicts or load. */
  async rank(request: ReviewRequest, includeRetired: boolean): Promise<RankedCandidates> {
    const result = await this.matching.match(
      { text: await this.text.of(request), fieldCodes: request.fieldCodes },
      { includeRetired },
    );
    return { keyPhrases: result.keyPhrases, candidates: result.candidates };
  }

  /** Adds conflicts, load and whether each one already sits on the panel (a fixed number of queries). */
  async annotate(
    conflictRequest: ConflictRequest,
    panel: Panel | null,
    candidates: readonly CandidateView[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{
    views: PanelCandidateView[];
    conflicts: Map<string, ConflictFlag[]>;
    load: Map<string, number>;
  }> {
    const ids = candidates.map((candidate) => candidate.intellectualId);
    const declared = await declaredConflictsOf(manager, panel?.id ?? null);
    const [conflicts, load, seated] = await readTogether(manager, [
      () => this.conflicts.evaluate(conflictRequest, ids, declared, manager),
      () => this.load.loadOf(ids, manager, panel?.id ?? null),
      () =>
        panel && ids.length
          ? manager.find(PanelMember, {
              select: { intellectualId: true },
              where: { panelId: panel.id, intellectualId: In(ids), status: In([...SEATED_STATUSES]) },
            })
          : Promise.resolve([]),
    ]);
    const onPanel = new Set(seated.map((member) => member.intellectualId));
    const views = candidates.map((candidate): PanelCandidateView => {
      const flags = conflicts.get(candidate.intellectualId) ?? [];
      return {
        ...candidate,
        conflicts: flags,
        worstSeverity: worstSeverity(flags),
        load: this.assessor.loadView(load.get(candidate.intellectualId) ?? 0),
        onPanel: onPanel.has(candidate.intellectualId),
      };
    });
    return { views, conflicts, load };
  }
}

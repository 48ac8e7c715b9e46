import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { ReviewRequestsService } from '../requests';
import type { LoadedRequest } from '../requests';
import { Panel } from './entities/panel.entity';
import { KnownFacts, PanelAssessor, violationView } from './panel-assessor';
import { PanelCandidatesService } from './panel-candidates.service';
import { loadPanelPeople } from './panel-people';
import { PanelPolicyService } from './panel-policy.service';
import { assertPanelForms, conflictRequestOf, findPanel } from './panel-request';
import { assignRoles } from './suggest/assign-roles';
import { GreedySuggester } from './suggest/greedy-suggester';
import type { PanelCandidate, Suggester, SuggestionProblem } from './suggest/panel-candidate';
import type { SuggestPanelDto } from './panel.dto';
import type { PanelSuggestionView } from './panel.views';

/**
 * Proposes a panel for a request: every matched candidate with their conflicts and load goes to the
 * suggester, which picks up to the request's maximum size covering its fields under the organization
 * and load limits; roles follow relevance. Nothing is saved: staff edit the proposal and save it as
 * the member list. The greedy with local search, not HiGHS: on the labelled proposals it finds the
 * same panels (same fields, same total relevance) in well under a hundredth of the time (DESIGN.md, Panels);
 * HiGHS stays the exact reference its tests compare it with.
 */
@Injectable()
export class PanelSuggestService {
  private readonly suggester: Suggester = new GreedySuggester();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly candidates: PanelCandidatesService,
    private readonly assessor: PanelAssessor,
    private readonly policy: PanelPolicyService,
  ) {}

  async suggest(id: string, input: SuggestPanelDto, principal: Principal): Promise<PanelSuggestionView> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(id, principal, manager);
    const { request } = loaded;
    const panel = await findPanel(manager, request);
    assertPanelForms(request, panel);
    const { problem, known } = await this.problemFor(loaded, panel, input.includeRetired ?? false);
    const selection = await this.suggester.select(problem);
    const score = new Map(problem.candidates.map((candidate) => [candidate.intellectualId, candidate.score]));
    const seats = assignRoles(selection.chosen, request.rolesWanted ?? {}).map((seat) => ({
      ...seat,
      status: 'proposed' as const,
      relevance: score.get(seat.intellectualId) ?? null,
      override: null,
    }));
    const assessment = await this.assessor.assess(
      manager,
      request,
      conflictRequestOf(loaded),
      seats,
      panel?.id ?? null,
      known,
    );
    return {
      suggester: this.suggester.name,
      totalRelevance: Math.round(selection.totalScore * 10_000) / 10_000,
      uncoveredFields: selection.uncoveredFields,
      members: assessment.members,
      violations: assessment.violations.map(violationView),
      balance: assessment.balance,
    };
  }

  /** The suggestion problem of a request: every matched candidate with the facts the rules read. */
  async problemFor(
    loaded: LoadedRequest,
    panel: Panel | null,
    includeRetired: boolean,
  ): Promise<{ problem: SuggestionProblem; known: Required<KnownFacts> }> {
    const { request } = loaded;
    const ranked = await this.candidates.rank(request, includeRetired);
    const ids = ranked.candidates.map((candidate) => candidate.intellectualId);
    const [{ conflicts, load }, people] = await Promise.all([
      this.candidates.annotate(conflictRequestOf(loaded), panel, ranked.candidates),
      loadPanelPeople(this.dataSource.manager, ids),
    ]);
    const candidates = ranked.candidates.flatMap((candidate): PanelCandidate[] => {
      const person = people.get(candidate.intellectualId);
      if (!person) return [];
      return [
        {
          intellectualId: candidate.intellectualId,
          score: candidate.score,
          fieldTree: person.fieldTree,
          organizationId: person.organizationId,
          gender: person.gender,
          ageBand: person.ageBand,
          overseas: person.overseas,
          blocked: (conflicts.get(candidate.intellectualId) ?? []).some((flag) => flag.severity === 'block'),
          activePanels: load.get(candidate.intellectualId) ?? 0,
        },
      ];
    });
    const { limits } = this.policy;
    return {
      problem: {
        candidates,
        size: request.panelSizeMax,
        fieldCodes: request.fieldCodes,
        maxPerOrganization: limits.maxPerOrganization,
        maxActivePanels: limits.maxActivePanels,
      },
      known: { people, conflicts, load },
    };
  }
}

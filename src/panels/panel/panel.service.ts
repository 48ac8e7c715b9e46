import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { staleVersion, Tagged } from '../../common/http/etag';
import { page } from '../../common/pagination/page';
import { ReviewRequestsService } from '../requests';
import type { LoadedRequest } from '../requests';
import { Panel } from './entities/panel.entity';
import { PanelMember } from './entities/panel-member.entity';
import { PanelAssessor, seatEntryOf, violationView } from './panel-assessor';
import { PanelCandidatesService } from './panel-candidates.service';
import { PanelMembersWriter, seatEntriesOf } from './panel-members.writer';
import { PanelPolicyService } from './panel-policy.service';
import { assertPanelForms, conflictRequestOf, findPanel, requirementsView } from './panel-request';
import type { CandidatesQuery, ReplacePanelMembersDto } from './panel.dto';
import type { PanelCandidatePage, PanelDraftView, PanelView } from './panel.views';

/** Reading a request's candidates and panel, and saving its members. */
@Injectable()
export class PanelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestsService,
    private readonly candidates: PanelCandidatesService,
    private readonly assessor: PanelAssessor,
    private readonly writer: PanelMembersWriter,
    private readonly policy: PanelPolicyService,
  ) {}

  async candidatePage(id: string, query: CandidatesQuery, principal: Principal): Promise<PanelCandidatePage> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(id, principal, manager);
    const panel = await findPanel(manager, loaded.request);
    assertPanelForms(loaded.request, panel);
    const ranked = await this.candidates.rank(loaded.request, query.includeRetired ?? false);
    const slice = ranked.candidates.slice(query.offset, query.offset + query.limit);
    const { views } = await this.candidates.annotate(conflictRequestOf(loaded), panel, slice);
    return { ...page(views, ranked.candidates.length, query), keyPhrases: ranked.keyPhrases };
  }

  async get(id: string, principal: Principal): Promise<Tagged<PanelView>> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(id, principal, manager);
    const view = await this.view(manager, loaded, await findPanel(manager, loaded.request));
    return new Tagged(view, view.version);
  }

  /**
   * Replaces the member list in one transaction, under a lock on the request row (so two saves of a
   * panel not yet created cannot both create it): refused whole when a rule or the version says so.
   */
  async replaceMembers(
    id: string,
    version: number,
    input: ReplacePanelMembersDto,
    principal: Principal,
  ): Promise<Tagged<PanelView>> {
    const relevance = await this.relevanceOfNewMembers(id, input, principal);
    const view = await this.dataSource.transaction(async (manager) => {
      // the lock first, then the state read under it
      await manager.query('SELECT 1 FROM review_request WHERE id = $1 FOR UPDATE', [id]);
      const loaded = await this.requests.loadForPanelWork(id, principal, manager);
      const panel = await findPanel(manager, loaded.request, true);
      assertPanelForms(loaded.request, panel);
      if ((panel?.version ?? 0) !== version) throw staleVersion();
      const saved = await this.writer.replace(manager, loaded, panel, input, relevance, principal);
      return this.view(manager, loaded, saved);
    });
    return new Tagged(view, view.version);
  }

  /** The rules' verdict and the balance of a member list as the builder holds it, saving nothing. */
  async check(id: string, input: ReplacePanelMembersDto, principal: Principal): Promise<PanelDraftView> {
    const manager = this.dataSource.manager;
    const loaded = await this.requests.loadForPanelWork(id, principal, manager);
    const panel = await findPanel(manager, loaded.request);
    const rows = panel ? await manager.find(PanelMember, { where: { panelId: panel.id } }) : [];
    const entries = seatEntriesOf(
      input,
      new Map(rows.map((row) => [row.intellectualId, row])),
      new Map(),
      principal,
      new Date(),
    );
    const assessment = await this.assessor.assess(
      manager,
      loaded.request,
      conflictRequestOf(loaded),
      entries,
      panel?.id ?? null,
    );
    return {
      members: assessment.members,
      violations: assessment.violations.map(violationView),
      balance: assessment.balance,
    };
  }

  /**
   * The matching score of each member not yet on the panel, read before the write transaction (the
   * match reads Meilisearch): only when someone is added.
   */
  private async relevanceOfNewMembers(
    id: string,
    input: ReplacePanelMembersDto,
    principal: Principal,
  ): Promise<Map<string, number>> {
    const manager = this.dataSource.manager;
    const { request } = await this.requests.loadForPanelWork(id, principal, manager);
    const panel = await findPanel(manager, request);
    const current = new Set(
      panel
        ? (await manager.find(PanelMember, { where: { panelId: panel.id } })).map((m) => m.intellectualId)
        : [],
    );
    if (input.members.every((member) => current.has(member.intellectualId))) return new Map();
    const ranked = await this.candidates.rank(request, true);
    return new Map(ranked.candidates.map((candidate) => [candidate.intellectualId, candidate.score]));
  }

  async view(manager: EntityManager, loaded: LoadedRequest, panel: Panel | null): Promise<PanelView> {
    const { request } = loaded;
    const rows = panel
      ? await manager.find(PanelMember, {
          where: { panelId: panel.id },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const assessment = await this.assessor.assess(
      manager,
      request,
      conflictRequestOf(loaded),
      rows.map(seatEntryOf),
      panel?.id ?? null,
    );
    return {
      reviewRequestId: request.id,
      version: panel?.version ?? 0,
      lockedAt: panel?.lockedAt ?? null,
      members: assessment.members,
      violations: assessment.violations.map(violationView),
      balance: assessment.balance,
      requirements: requirementsView(request, this.policy.limits),
    };
  }
}

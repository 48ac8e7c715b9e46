import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { ConflictRequest } from '../conflicts';
import { ReviewRequest, toConflictRequest } from '../requests';
import type { LoadedRequest } from '../requests';
import type { PanelLimits, PanelRequirements } from './panel-rules';
import { Panel } from './entities/panel.entity';

/** Request states in which staff match candidates and form the panel. */
export const PANEL_FORMING_STATES: readonly string[] = ['accepted', 'panel_forming'];

/** 409 unless the request is in a state where its panel forms, and the panel is not locked. */
export function assertPanelForms(request: ReviewRequest, panel: Panel | null): void {
  if (!PANEL_FORMING_STATES.includes(request.state)) {
    throw new DomainError('REQUEST_NOT_FORMING_PANEL', {
      en: `Panels form for accepted requests; this one is ${request.state}`,
      vi: `Chỉ lập hội đồng cho yêu cầu đã được chấp nhận; yêu cầu này đang ở trạng thái ${request.state}`,
    });
  }
  if (panel?.lockedAt) {
    throw new DomainError('REQUEST_NOT_FORMING_PANEL', {
      en: 'The panel is locked; its members no longer change',
      vi: 'Hội đồng đã khóa; không thể thay đổi thành viên',
    });
  }
}

export function requirementsOf(request: ReviewRequest): PanelRequirements {
  return {
    sizeMin: request.panelSizeMin,
    sizeMax: request.panelSizeMax,
    fieldCodes: request.fieldCodes,
    rolesWanted: request.rolesWanted ?? {},
  };
}

/** What the conflict rules read of the request: its organization and its drafters. */
export function conflictRequestOf(loaded: LoadedRequest): ConflictRequest {
  return toConflictRequest(loaded.request, loaded.drafters);
}

export function findPanel(
  manager: EntityManager,
  request: ReviewRequest,
  lock = false,
): Promise<Panel | null> {
  return manager.findOne(Panel, {
    where: { reviewRequestId: request.id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

export function requirementsView(request: ReviewRequest, limits: PanelLimits) {
  return { ...requirementsOf(request), maxPerOrganization: limits.maxPerOrganization };
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';

export type Candidate = Schemas['PanelCandidateView'];
export type CandidatePage = Schemas['PanelCandidatePage'];
export type Panel = Schemas['PanelView'];
export type PanelMember = Schemas['PanelMemberView'];
export type PanelDraftCheck = Schemas['PanelDraftView'];
export type PanelSuggestion = Schemas['PanelSuggestionView'];
export type PanelMemberInput = Schemas['PanelMemberInput'];
export type ConflictFlag = Schemas['ConflictFlagView'];
export type Violation = Schemas['ViolationView'];
export type Balance = Schemas['PanelBalanceView'];
export type PanelRole = PanelMember['role'];

/** In the order a panel lists them: the chair first. */
export const PANEL_ROLES: readonly PanelRole[] = ['chair', 'vice_chair', 'secretary', 'reviewer', 'member'];

export const PANELS_KEY = ['panels'] as const;

export function useCandidates(id: string, query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...PANELS_KEY, 'candidates', id, query],
    queryFn: () => unwrap(api.GET('/review-requests/{id}/candidates', { params: { path: { id }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** The saved panel with the ETag a save sends back as If-Match ("0" before the first save). */
export function fetchPanel(id: string) {
  return unwrapWithEtag(api.GET('/review-requests/{id}/panel', { params: { path: { id } } }));
}

export function usePanel(id: string) {
  return useQuery({ queryKey: [...PANELS_KEY, 'panel', id], queryFn: () => fetchPanel(id) });
}

export function usePanelPolicy() {
  return useQuery({
    queryKey: [...PANELS_KEY, 'policy'],
    queryFn: () => unwrap(api.GET('/panels/policy')),
    staleTime: Infinity,
  });
}

export function suggestPanel(id: string) {
  return unwrap(api.POST('/review-requests/{id}/panel/suggest', { params: { path: { id } }, body: {} }));
}

/** The rules' verdict and the balance of the draft, as the server judges it (nothing saved). */
export function useDraftCheck(id: string, members: PanelMemberInput[] | undefined) {
  return useQuery({
    enabled: members !== undefined,
    queryKey: [...PANELS_KEY, 'check', id, members],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/review-requests/{id}/panel/check', {
          params: { path: { id } },
          body: { members: members ?? [] },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function saveMembers(id: string, etag: string, members: PanelMemberInput[]) {
  return unwrapWithEtag(
    api.PUT('/review-requests/{id}/panel/members', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { members },
    }),
  );
}

import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';
import type { CreateBody, UpdateBody } from './nomination-form';

export type NominationCheck = Schemas['NominationCheckView'];
export type NominationCriterion = Schemas['NominationCriterionView'];
export type NominationState = Schemas['NominationState'];

export const NOMINATIONS_KEY = ['nominations'] as const;

export function useOpenCampaigns() {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'open-campaigns'],
    queryFn: () => unwrap(api.GET('/honor-campaigns/open', { params: { query: { limit: 100, offset: 0 } } })),
  });
}

export function useNominationList(query: {
  campaignId?: string;
  eligible?: boolean;
  limit: number;
  offset: number;
}) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'list', query],
    queryFn: () =>
      unwrap(
        api.GET('/nominations', {
          params: {
            query: {
              limit: query.limit,
              offset: query.offset,
              ...(query.campaignId && { campaignId: [query.campaignId] }),
              ...(query.eligible !== undefined && { eligible: query.eligible }),
            },
          },
        }),
      ),
  });
}

/** One nomination with the ETag its changes send back as If-Match. */
export function useNomination(id: string) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'one', id],
    queryFn: () => unwrapWithEtag(api.GET('/nominations/{id}', { params: { path: { id } } })),
  });
}

/** The live check of a draft (the nominator's): evaluated now, nothing stored. */
export function useNominationCheck(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'check', id],
    queryFn: () => unwrap(api.GET('/nominations/{id}/eligibility', { params: { path: { id } } })),
    enabled,
  });
}

/** The nominee's works a draft's nominator may link (only a public profile's for an organization). */
export function useLinkableWorks(id: string) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'linkable-works', id],
    queryFn: () => unwrap(api.GET('/nominations/{id}/linkable-works', { params: { path: { id } } })),
  });
}

export function fetchNomination(id: string) {
  return unwrapWithEtag(api.GET('/nominations/{id}', { params: { path: { id } } }));
}

export function createNomination(body: CreateBody) {
  return unwrapWithEtag(api.POST('/nominations', { body }));
}

export function updateNomination(id: string, etag: string, body: UpdateBody) {
  return unwrapWithEtag(
    api.PATCH('/nominations/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

const withIfMatch = (id: string, etag: string) => ({
  params: { path: { id }, header: { 'If-Match': etag } },
});

export function submitNomination(id: string, etag: string) {
  return unwrapWithEtag(api.POST('/nominations/{id}/submit', withIfMatch(id, etag)));
}

export function withdrawNomination(id: string, etag: string) {
  return unwrapWithEtag(api.POST('/nominations/{id}/withdraw', withIfMatch(id, etag)));
}

export function signDeclaration(id: string, etag: string, criterionIndex: number, declarationText: string) {
  return unwrapWithEtag(
    api.POST('/nominations/{id}/declarations', {
      ...withIfMatch(id, etag),
      body: { criterionIndex, declarationText },
    }),
  );
}

export function overrideCriterion(
  id: string,
  etag: string,
  index: number,
  body: Schemas['OverrideCriterionDto'],
) {
  return unwrap(
    api.POST('/nominations/{id}/criteria/{index}/override', {
      params: { path: { id, index }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useMyNominations(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...NOMINATIONS_KEY, 'mine', query],
    queryFn: () => unwrap(api.GET('/me/nominations', { params: { query } })),
  });
}

export function acceptMyNomination(id: string) {
  return unwrap(api.POST('/me/nominations/{id}/accept', { params: { path: { id } } }));
}

export function declineMyNomination(id: string, reason: string | null) {
  return unwrap(
    api.POST('/me/nominations/{id}/decline', {
      params: { path: { id } },
      body: reason ? { reason } : {},
    }),
  );
}

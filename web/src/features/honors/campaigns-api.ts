import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';

export type Campaign = Schemas['CampaignView'];
export type CampaignKind = Schemas['CampaignKind'];
export type CampaignState = Schemas['CampaignState'];
export type CampaignBody = Schemas['CreateCampaignDto'];
export type CampaignSetup = Schemas['UpdateCampaignDto'];
export type CriterionKind = Schemas['CriterionKind'];
export type Eligibility = Schemas['EligibilityView'];

export const CAMPAIGN_KINDS: readonly CampaignKind[] = [
  'provincial_st_award',
  'exemplary_intellectual',
  'exemplary_scientist_meeting',
];
export const CAMPAIGN_STATES: readonly CampaignState[] = [
  'draft',
  'open',
  'in_review',
  'decided',
  'published',
  'archived',
];
/** The states whose setup the API still lets change. */
export const EDITABLE_STATES: readonly CampaignState[] = ['draft', 'open'];

export const CAMPAIGNS_KEY = ['honor-campaigns'] as const;

export function useCampaignList(query: { states?: CampaignState[]; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'list', query],
    queryFn: () =>
      unwrap(
        api.GET('/honor-campaigns', {
          params: {
            query: {
              limit: query.limit,
              offset: query.offset,
              ...(query.states?.length ? { state: query.states } : {}),
            },
          },
        }),
      ),
  });
}

/** One campaign with the ETag its changes send back as If-Match. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'one', id],
    queryFn: () => unwrapWithEtag(api.GET('/honor-campaigns/{id}', { params: { path: { id } } })),
  });
}

export function useEligibility(campaignId: string, intellectualId: string | null) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'eligibility', campaignId, intellectualId],
    queryFn: () =>
      unwrap(
        api.GET('/honor-campaigns/{id}/eligibility/{intellectualId}', {
          params: { path: { id: campaignId, intellectualId: intellectualId! } },
        }),
      ),
    enabled: intellectualId !== null,
  });
}

export function createCampaign(body: CampaignBody) {
  return unwrap(api.POST('/honor-campaigns', { body }));
}

/** The whole setup as the form holds it (lists given replace); the kind never changes. */
export function updateCampaign(id: string, etag: string, body: CampaignSetup) {
  return unwrap(
    api.PATCH('/honor-campaigns/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function moveCampaign(id: string, etag: string, to: CampaignState) {
  return unwrap(
    api.POST('/honor-campaigns/{id}/transitions', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { to },
    }),
  );
}

/** Records the decision (in_review → decided): the final round must be confirmed by the council. */
export function decideCampaign(
  id: string,
  etag: string,
  body: { decisionNumber: string; decisionDate: string },
) {
  return unwrap(
    api.POST('/honor-campaigns/{id}/decision', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Publishes the results (decided → published): the awards go on the honorees' profiles, mails go out. */
export function publishCampaign(id: string, etag: string) {
  return unwrap(
    api.POST('/honor-campaigns/{id}/publication', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

import { useQuery } from '@tanstack/react-query';
import { api, unwrapWithEtag, type Schemas } from '../../api/client';
import { CAMPAIGNS_KEY } from './campaigns-api';

export type Council = Schemas['CouncilView'];
export type CouncilMember = Schemas['CouncilMemberView'];
export type Recusal = Schemas['RecusalView'];
export type PanelRole = Schemas['CouncilMemberInput']['role'];

export const COUNCIL_ROLES: readonly PanelRole[] = ['chair', 'vice_chair', 'secretary', 'reviewer', 'member'];

export const councilKey = (campaignId: string, round: number) =>
  [...CAMPAIGNS_KEY, 'council', campaignId, round] as const;

const pathOf = (campaignId: string, round: number) => ({ id: campaignId, round });

/** A round's council with the ETag ("0" before its first members) its changes send back as If-Match. */
export function fetchCouncil(campaignId: string, round: number) {
  return unwrapWithEtag(
    api.GET('/honor-campaigns/{id}/rounds/{round}/council', {
      params: { path: pathOf(campaignId, round) },
    }),
  );
}

export function useCouncil(campaignId: string, round: number) {
  return useQuery({
    queryKey: councilKey(campaignId, round),
    queryFn: () => fetchCouncil(campaignId, round),
  });
}

/** The whole member list; those left out leave the council. */
export function replaceCouncil(
  campaignId: string,
  round: number,
  etag: string,
  members: Array<{ intellectualId: string; role: PanelRole }>,
) {
  return unwrapWithEtag(
    api.PUT('/honor-campaigns/{id}/rounds/{round}/council', {
      params: { path: pathOf(campaignId, round), header: { 'If-Match': etag } },
      body: { members },
    }),
  );
}

export function openCouncilScoring(campaignId: string, round: number, etag: string) {
  return unwrapWithEtag(
    api.POST('/honor-campaigns/{id}/rounds/{round}/council/open-scoring', {
      params: { path: pathOf(campaignId, round), header: { 'If-Match': etag } },
    }),
  );
}

export function liftRecusal(campaignId: string, round: number, recusalId: string, reason: string) {
  return unwrapWithEtag(
    api.POST('/honor-campaigns/{id}/rounds/{round}/recusals/{recusalId}/lift', {
      params: { path: { ...pathOf(campaignId, round), recusalId } },
      body: { reason },
    }),
  );
}

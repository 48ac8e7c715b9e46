import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';

export type MySheets = Schemas['MySheetsView'];
export type Sheet = Schemas['ScoreSheetView'];
export type SheetState = Schemas['ScoreSheetState'];
export type RoundProgress = Schemas['RoundProgressView'];
export type RoundResult = Schemas['RoundResultView'];
export type StoredSheet = { data: Sheet; etag: string };

export interface RoundRef {
  campaignId: string;
  round: number;
}

export const SCORING_KEY = ['honor-scoring'] as const;
const roundKey = ({ campaignId, round }: RoundRef) => [...SCORING_KEY, campaignId, round] as const;
export const sheetKey = (ref: RoundRef, nominationId: string) => [...roundKey(ref), 'sheet', nominationId];
export const resultKey = (ref: RoundRef) => [...roundKey(ref), 'result'];

const roundPath = (ref: RoundRef) => ({ id: ref.campaignId, round: ref.round });

export function useMyRounds() {
  return useQuery({
    queryKey: [...SCORING_KEY, 'my-rounds'],
    queryFn: () => unwrap(api.GET('/me/council-rounds')),
  });
}

export function useMySheets(ref: RoundRef, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...roundKey(ref), 'mine'],
    queryFn: () =>
      unwrap(api.GET('/honor-campaigns/{id}/rounds/{round}/my-sheets', { params: { path: roundPath(ref) } })),
  });
}

/** My sheet with its ETag ("0" before the first save). */
export function fetchSheet(ref: RoundRef, nominationId: string): Promise<StoredSheet> {
  return unwrapWithEtag(
    api.GET('/honor-campaigns/{id}/rounds/{round}/sheets/{nominationId}', {
      params: { path: { ...roundPath(ref), nominationId } },
    }),
  );
}

export function useSheet(ref: RoundRef, nominationId: string) {
  return useQuery({ queryKey: sheetKey(ref, nominationId), queryFn: () => fetchSheet(ref, nominationId) });
}

export function saveSheet(
  ref: RoundRef,
  nominationId: string,
  etag: string,
  body: Schemas['SaveSheetDto'],
): Promise<StoredSheet> {
  return unwrapWithEtag(
    api.PUT('/honor-campaigns/{id}/rounds/{round}/sheets/{nominationId}', {
      params: { path: { ...roundPath(ref), nominationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function submitSheet(ref: RoundRef, nominationId: string, etag: string): Promise<StoredSheet> {
  return unwrapWithEtag(
    api.POST('/honor-campaigns/{id}/rounds/{round}/sheets/{nominationId}/submit', {
      params: { path: { ...roundPath(ref), nominationId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useProgress(ref: RoundRef) {
  return useQuery({
    queryKey: [...roundKey(ref), 'progress'],
    queryFn: () =>
      unwrap(api.GET('/honor-campaigns/{id}/rounds/{round}/progress', { params: { path: roundPath(ref) } })),
  });
}

export function useResult(ref: RoundRef) {
  return useQuery({
    queryKey: resultKey(ref),
    queryFn: () =>
      unwrapWithEtag(
        api.GET('/honor-campaigns/{id}/rounds/{round}/result', { params: { path: roundPath(ref) } }),
      ),
  });
}

export function confirmResult(ref: RoundRef, etag: string) {
  return unwrapWithEtag(
    api.POST('/honor-campaigns/{id}/rounds/{round}/confirmations', {
      params: { path: roundPath(ref), header: { 'If-Match': etag } },
    }),
  );
}

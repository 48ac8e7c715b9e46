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

/**
 * Where a member's sheets are read and written: the signed-in member's round routes, or the personal
 * scoring link's (/scoring-link, the token sent in a header). The sheet form works with either.
 */
export interface SheetSource {
  /** The query key of one sheet. */
  sheetKey: (nominationId: string) => readonly unknown[];
  /** What a save or a submission makes stale (the list of sheets, the round's overview). */
  settleKey: readonly unknown[];
  fetch: (nominationId: string) => Promise<StoredSheet>;
  save: (nominationId: string, etag: string, body: Schemas['SaveSheetDto']) => Promise<StoredSheet>;
  submit: (nominationId: string, etag: string) => Promise<StoredSheet>;
}

export function roundSheetSource(ref: RoundRef): SheetSource {
  return {
    sheetKey: (nominationId) => sheetKey(ref, nominationId),
    settleKey: [...SCORING_KEY, ref.campaignId],
    fetch: (nominationId) => fetchSheet(ref, nominationId),
    save: (nominationId, etag, body) => saveSheet(ref, nominationId, etag, body),
    submit: (nominationId, etag) => submitSheet(ref, nominationId, etag),
  };
}

export type LinkedSheets = Schemas['LinkedSheetsView'];

const linkKey = (token: string) => ['scoring-link', token] as const;

/** The personal scoring link's sheets: the token rides in the X-Scoring-Token header, never the URL. */
export function linkSheetSource(token: string): SheetSource & {
  listKey: readonly unknown[];
  list: () => Promise<LinkedSheets>;
} {
  const header = { 'X-Scoring-Token': token };
  const sheet = (nominationId: string) => ({ header, path: { nominationId } });
  return {
    listKey: [...linkKey(token), 'list'],
    list: () => unwrap(api.GET('/scoring-link', { params: { header } })),
    sheetKey: (nominationId) => [...linkKey(token), 'sheet', nominationId],
    settleKey: [...linkKey(token), 'list'],
    fetch: (nominationId) =>
      unwrapWithEtag(api.GET('/scoring-link/sheets/{nominationId}', { params: sheet(nominationId) })),
    save: (nominationId, etag, body) =>
      unwrapWithEtag(
        api.PUT('/scoring-link/sheets/{nominationId}', {
          params: { ...sheet(nominationId), header: { ...header, 'If-Match': etag } },
          body,
        }),
      ),
    submit: (nominationId, etag) =>
      unwrapWithEtag(
        api.POST('/scoring-link/sheets/{nominationId}/submit', {
          params: { ...sheet(nominationId), header: { ...header, 'If-Match': etag } },
        }),
      ),
  };
}

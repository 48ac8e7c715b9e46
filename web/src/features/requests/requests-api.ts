import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, type Schemas } from '../../api/client';

export type ReviewRequest = Schemas['ReviewRequestView'];
export type RequestSummary = Schemas['ReviewRequestSummaryView'];
export type RequestState = Schemas['RequestState'];
export type RequestKind = Schemas['RequestKind'];
export type RequestBody = Schemas['CreateReviewRequestDto'];

export const REQUEST_KINDS: readonly RequestKind[] = [
  'consulting',
  'critique',
  'social_assessment',
  'task_order',
];
export const REQUEST_STATES: readonly RequestState[] = [
  'draft',
  'submitted',
  'accepted',
  'declined',
  'panel_forming',
  'in_review',
  'report_sent',
  'answered',
  'closed',
  'cancelled',
];
/** The states a request may still be changed in (the API refuses edits after them). */
export const EDITABLE_STATES: readonly RequestState[] = ['draft', 'submitted'];
/** Cancelling is open until the request is finished one way or the other. */
export const CLOSED_STATES: readonly RequestState[] = ['declined', 'closed', 'cancelled'];

export const REQUESTS_KEY = ['review-requests'] as const;

export function useRequestList(query: { states?: RequestState[]; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'list', query],
    queryFn: () =>
      unwrap(
        api.GET('/review-requests', {
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

export const requestKey = (id: string) => [...REQUESTS_KEY, 'one', id] as const;

/** One request with the ETag its changes must send back as If-Match. */
export function fetchRequest(id: string) {
  return unwrapWithEtag(api.GET('/review-requests/{id}', { params: { path: { id } } }));
}

export function useRequest(id: string) {
  return useQuery({ queryKey: requestKey(id), queryFn: () => fetchRequest(id) });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'timeline', id],
    queryFn: () => unwrap(api.GET('/review-requests/{id}/timeline', { params: { path: { id } } })),
  });
}

export type Transition = 'submit' | 'accept' | 'decline' | 'cancel';

/** Moves a request to its next state; decline and cancel carry the reason. */
export function transition(id: string, step: Transition, etag: string, reason?: string) {
  const params = { path: { id }, header: { 'If-Match': etag } };
  switch (step) {
    case 'submit':
      return unwrap(api.POST('/review-requests/{id}/submit', { params }));
    case 'accept':
      return unwrap(api.POST('/review-requests/{id}/accept', { params }));
    case 'decline':
      return unwrap(api.POST('/review-requests/{id}/decline', { params, body: { reason: reason ?? '' } }));
    case 'cancel':
      return unwrap(api.POST('/review-requests/{id}/cancel', { params, body: { reason: reason ?? '' } }));
  }
}

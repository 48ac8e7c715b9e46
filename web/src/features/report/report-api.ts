import { useQuery } from '@tanstack/react-query';
import { API_BASE, api, unwrapWithEtag, type Schemas } from '../../api/client';

export type Report = Schemas['ReportView'];
export type AnswerDecision = Schemas['RecommendationAnswerInput']['decision'];
export const ANSWER_DECISIONS: readonly AnswerDecision[] = ['accepted', 'partly_accepted', 'not_accepted'];

export const reportKey = (id: string) => ['review-requests', 'report', id] as const;

/** The report as stored now, with the ETag its changes send back as If-Match. */
export function fetchReport(id: string) {
  return unwrapWithEtag(api.GET('/review-requests/{id}/report', { params: { path: { id } } }));
}

/** The report (fetchReport) in the page's cache; `enabled` false while it cannot exist. */
export function useReport(id: string, enabled = true) {
  return useQuery({ queryKey: reportKey(id), enabled, queryFn: () => fetchReport(id) });
}

export function reportFileUrl(id: string, format: 'pdf' | 'docx'): string {
  return `${API_BASE}/review-requests/${id}/report.${format}`;
}

export function saveDraft(id: string, etag: string, body: Schemas['SaveReportDraftDto']) {
  return unwrapWithEtag(
    api.PUT('/review-requests/{id}/report', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function generateReport(id: string, etag: string) {
  return unwrapWithEtag(
    api.POST('/review-requests/{id}/report/generate', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function sendReport(id: string, etag: string) {
  return unwrapWithEtag(
    api.POST('/review-requests/{id}/report/send', { params: { path: { id }, header: { 'If-Match': etag } } }),
  );
}

export function answerReport(id: string, etag: string, body: Schemas['AnswerReportDto']) {
  return unwrapWithEtag(
    api.PUT('/review-requests/{id}/answer', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

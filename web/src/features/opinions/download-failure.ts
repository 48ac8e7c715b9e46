import type { ApiProblem } from '../../api/client';

export const DOWNLOAD_FAILURES = [
  'expired',
  'notFound',
  'forbidden',
  'signedOut',
  'unavailable',
  'failed',
] as const;
export type DownloadFailure = (typeof DOWNLOAD_FAILURES)[number];

/**
 * Why a download failed, as the page says it: an expired opinion link (410), a file or link that is
 * gone (404), no right to it (403), a session that ended (401), the file store or the network not
 * answering (5xx, status 0), anything else.
 */
export function downloadFailure(problem: Pick<ApiProblem, 'status' | 'code'>): DownloadFailure {
  if (problem.code === 'ACTION_TOKEN_EXPIRED' || problem.status === 410) return 'expired';
  if (problem.status === 404) return 'notFound';
  if (problem.status === 403) return 'forbidden';
  if (problem.status === 401) return 'signedOut';
  if (problem.status === 0 || problem.status >= 500) return 'unavailable';
  return 'failed';
}

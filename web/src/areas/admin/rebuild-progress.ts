import type { Schemas } from '../../api/client';

export interface RebuildProgress {
  done: number;
  total: number;
  /** Whole percent, 100 only once every document is written. */
  percent: number;
}

/** How far the running rebuild has got, from GET /search/status; undefined when none runs. */
export function rebuildProgress(status: Schemas['SearchStatusView']): RebuildProgress | undefined {
  if (!status.building) return undefined;
  const done = status.buildingDocuments ?? 0;
  // profiles created during the rebuild can make it write more than were counted when it started
  const total = Math.max(status.expectedDocuments, done);
  return { done, total, percent: total === 0 ? 100 : Math.floor((done * 100) / total) };
}

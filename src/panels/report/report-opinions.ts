import type { EntityManager } from 'typeorm';
import type { ReportOpinion } from './report-content';

/**
 * The accepted members' opinions in role order. Opinions are collected by src/panels/opinions, which
 * has not landed yet: until then a report has none, and this is the one place to read them from.
 */
export function opinionsForReport(
  _manager: EntityManager,
  _reviewRequestId: string,
): Promise<ReportOpinion[]> {
  return Promise.resolve([]);
}

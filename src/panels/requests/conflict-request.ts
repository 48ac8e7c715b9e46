import type { ConflictRequest } from '../conflicts';
import type { ReviewRequestDrafter } from './review-request-drafter.entity';
import type { ReviewRequest } from './review-request.entity';

/** What the conflict-of-interest rules need of a request: its organization and its drafters. */
export function toConflictRequest(
  request: Pick<ReviewRequest, 'id' | 'requestingOrganizationId'>,
  drafters: Pick<ReviewRequestDrafter, 'intellectualId' | 'name' | 'organizationId'>[],
): ConflictRequest {
  return {
    id: request.id,
    requestingOrganizationId: request.requestingOrganizationId,
    drafters: drafters.map(({ intellectualId, name, organizationId }) => ({
      intellectualId,
      name,
      organizationId,
    })),
  };
}

import { DataSource } from 'typeorm';
import { ReviewRequest, ReviewRequestDrafter } from '../../../src/panels/requests';

export interface RequestSpec extends Omit<Partial<ReviewRequest>, 'drafters'> {
  createdBy: string;
  requestingOrganizationId: string;
  drafters?: Array<{ intellectualId?: string | null; name: string; organizationId?: string | null }>;
}

/** A review request in the state the test needs, inserted directly (panel tests do not test the request API). */
export async function createReviewRequest(dataSource: DataSource, spec: RequestSpec): Promise<ReviewRequest> {
  const { drafters = [], ...fields } = spec;
  return dataSource.transaction(async (manager) => {
    const request = await manager.save(
      manager.create(ReviewRequest, {
        kind: 'critique',
        title: 'Đề án thử',
        summary: 'Tóm tắt',
        proposalText: null,
        fieldCodes: [],
        panelSizeMin: 3,
        panelSizeMax: 5,
        rolesWanted: {},
        opinionsAttributed: true,
        opinionsVisibleToMembers: false,
        deadline: '2027-06-30',
        state: 'accepted',
        ...fields,
      }),
    );
    await manager.insert(
      ReviewRequestDrafter,
      drafters.map((drafter) => ({
        reviewRequestId: request.id,
        intellectualId: drafter.intellectualId ?? null,
        name: drafter.name,
        organizationId: drafter.organizationId ?? null,
      })),
    );
    return request;
  });
}

import type TestAgent from 'supertest/lib/agent';
import { vietnamToday } from '../../../src/honors/nominations/nomination-rules';
import { bearer } from '../test-app';

/**
 * Honor campaigns through the API, as staff set them up (the campaign tests themselves test the
 * routes): created from the body the test gives, opened, moved on. The body stays the test's own, so
 * what a test reads back (titles, rounds, levels) is written where it is asserted.
 */

const CAMPAIGNS = '/api/v1/honor-campaigns';

/** The date `offset` days from today in Khánh Hòa, YYYY-MM-DD (campaign dates, deadlines). */
export const day = (offset: number): string => {
  const date = new Date(`${vietnamToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

export interface CreatedCampaign {
  id: string;
  /** The campaign's ETag after the last step the factory took. */
  etag: string;
}

/** Creates the campaign (expects 201), still a draft. */
export async function createCampaign(
  http: TestAgent,
  token: string,
  body: Record<string, unknown>,
): Promise<CreatedCampaign> {
  const created = await http.post(CAMPAIGNS).set(bearer(token)).send(body).expect(201);
  return { id: created.body.id as string, etag: created.headers.etag };
}

/** Creates the campaign and opens it for nominations (draft → open, expects 200). */
export async function openCampaign(
  http: TestAgent,
  token: string,
  body: Record<string, unknown>,
): Promise<CreatedCampaign> {
  const created = await createCampaign(http, token, body);
  const opened = await transition(http, token, created, 'open').expect(200);
  return { id: created.id, etag: opened.headers.etag };
}

/** The campaign's state transition with If-Match; the test awaits it and asserts what it answers. */
export function transition(http: TestAgent, token: string, campaign: CreatedCampaign, to: string) {
  return http
    .post(`${CAMPAIGNS}/${campaign.id}/transitions`)
    .set(bearer(token))
    .set('If-Match', campaign.etag)
    .send({ to });
}

import type { ApiClient } from '../api-client';

export interface ProposalInput {
  title: string;
  summary: string;
  proposalText?: string;
  fieldCodes: string[];
  requestingOrganizationId: string;
}

export interface CandidatesPage {
  items: Array<{ intellectualId: string; score: number }>;
  total: number;
  keyPhrases: Array<{ text: string; weight: number }>;
}

/**
 * A critique request entered by staff for an organization, submitted and accepted through the API
 * (If-Match on each transition), so its candidates can be asked for as staff ask for them.
 */
export async function acceptedRequest(client: ApiClient, input: ProposalInput): Promise<string> {
  const deadline = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const created = await client.send<{ id: string; version: number }>('POST', '/review-requests', {
    kind: 'critique',
    ...input,
    title: input.title.slice(0, 300),
    summary: input.summary.slice(0, 5_000),
    panelSizeMin: 5,
    panelSizeMax: 7,
    deadline,
  });
  if (created.status !== 201)
    throw new Error(`POST /review-requests: ${created.status} ${JSON.stringify(created.body)}`);
  let version = created.body.version;
  for (const step of ['submit', 'accept']) {
    const moved = await client.send<{ version: number }>(
      'POST',
      `/review-requests/${created.body.id}/${step}`,
      undefined,
      { 'if-match': `"${version}"` },
    );
    if (moved.status !== 200) throw new Error(`${step}: ${moved.status} ${JSON.stringify(moved.body)}`);
    version = moved.body.version;
  }
  return created.body.id;
}

/** A fresh API process counts term statistics at start (33 s at 100k): meanwhile candidates may answer 503. */
const MAX_UNAVAILABLE_RETRIES = 60;

/**
 * GET /review-requests/{id}/candidates: the first `limit` candidates, as the staff page asks; a 503
 * (statistics still being counted) is asked again after its Retry-After, as the page's client does.
 */
export async function candidatesOf(client: ApiClient, id: string, limit: number): Promise<CandidatesPage> {
  for (let attempt = 0; ; attempt += 1) {
    const { status, body, headers } = await client.get<CandidatesPage>(
      `/review-requests/${id}/candidates?limit=${limit}`,
    );
    if (status === 200) return body;
    if (status !== 503 || attempt === MAX_UNAVAILABLE_RETRIES)
      throw new Error(`candidates of ${id}: ${status} ${JSON.stringify(body)}`);
    const seconds = Number(headers.get('retry-after') ?? 1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

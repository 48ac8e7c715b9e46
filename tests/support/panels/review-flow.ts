import { NO_CONFLICT_DECLARATION } from '../../../src/panels/invitations/invitation-terms';
import type { InvitationsView } from '../../../src/panels/invitations/invitations.views';
import type { PanelRole } from '../../../src/panels/panel/panel-rules';
import type { ReportView } from '../../../src/panels/report/report.views';
import type { ReviewRequestView } from '../../../src/panels/requests/review-request.views';
import { readMailbox, SinkMail, waitForMail } from '../mail';
import { bearer, TestAccount, TestApp } from '../test-app';

const REQUESTS = '/api/v1/review-requests';

/** A complete, valid request body (POST /review-requests); tests override what their scenario needs. */
function reviewRequestBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'critique',
    title: 'Đề án thử',
    summary: 'Tóm tắt đề án thử',
    fieldCodes: ['405'],
    panelSizeMin: 3,
    panelSizeMax: 5,
    deadline: '2099-06-30',
    ...overrides,
  };
}

export interface InvitationLinks {
  accept: string;
  decline: string;
}

/** The accept and decline tokens of a mailed invitation, read from its links as a person would click them. */
export function invitationLinks(mail: SinkMail): InvitationLinks {
  const token = (page: string) => {
    const match = new RegExp(`https?://[^\\s]+/invitations/${page}#token=([A-Za-z0-9_-]{43})`).exec(
      mail.text,
    );
    if (!match) throw new Error(`no ${page} link in: ${mail.text}`);
    return match[1];
  };
  return { accept: token('accept'), decline: token('decline') };
}

export interface Seat {
  intellectualId: string;
  role: PanelRole;
  conflictOverrideReason?: string;
}

/**
 * Issue 12's steps through the routes the agency, staff and experts use (no SQL): a request drafted,
 * submitted and accepted, its panel saved and invited, the invitations answered from the mailed
 * links, the review started and the panel locked. Each step expects the answer the flow needs and
 * fails the test with the response otherwise.
 */
export class ReviewFlow {
  constructor(
    private readonly t: TestApp,
    private readonly staff: TestAccount,
  ) {}

  /** Drafted by `by` (an agency, or staff naming requestingOrganizationId) and submitted; returns it with its ETag. */
  async submittedRequest(
    by: TestAccount,
    overrides: Record<string, unknown> = {},
  ): Promise<{ request: ReviewRequestView; etag: string }> {
    const created = await this.expect(
      this.t.http.post(REQUESTS).set(bearer(by.token)).send(reviewRequestBody(overrides)),
      201,
    );
    const submitted = await this.transition(by, created.body.id, 'submit', created.headers.etag);
    return { request: submitted.body as ReviewRequestView, etag: submitted.headers.etag };
  }

  /** A request drafted and submitted by `by`, then accepted by staff. */
  async acceptedRequest(
    by: TestAccount,
    overrides: Record<string, unknown> = {},
  ): Promise<ReviewRequestView> {
    const { request, etag } = await this.submittedRequest(by, overrides);
    return (await this.transition(this.staff, request.id, 'accept', etag)).body as ReviewRequestView;
  }

  /** `by` submits the draft they wrote (as it is now: its documents change its ETag) and staff accept it. */
  async submitAndAccept(by: TestAccount, requestId: string): Promise<void> {
    const draft = await this.expect(this.t.http.get(`${REQUESTS}/${requestId}`).set(bearer(by.token)), 200);
    const submitted = await this.transition(by, requestId, 'submit', draft.headers.etag);
    await this.transition(this.staff, requestId, 'accept', submitted.headers.etag);
  }

  /** Staff save this member list (the first one moves the request to panel_forming). */
  async savePanel(requestId: string, seats: readonly Seat[]): Promise<void> {
    const current = await this.expect(
      this.t.http.get(`${REQUESTS}/${requestId}/panel`).set(this.asStaff()),
      200,
    );
    await this.expect(
      this.t.http
        .put(`${REQUESTS}/${requestId}/panel/members`)
        .set(this.asStaff())
        .set('If-Match', current.headers.etag)
        .send({
          members: seats.map(({ intellectualId, role, conflictOverrideReason }) => ({
            intellectualId,
            role,
            conflictOverrideReason,
          })),
        }),
      200,
    );
  }

  /**
   * Staff invite these proposed members; returns each one's links, read from the new mail the SMTP
   * sink received for them, by intellectual id.
   */
  async invite(
    requestId: string,
    invitees: ReadonlyArray<{ intellectualId: string; email: string }>,
  ): Promise<Record<string, InvitationLinks>> {
    const before = await readMailbox(this.t.mailDir!);
    const status = await this.expect(
      this.t.http.get(`${REQUESTS}/${requestId}/panel/invitations`).set(this.asStaff()),
      200,
    );
    await this.expect(
      this.t.http
        .post(`${REQUESTS}/${requestId}/panel/invitations`)
        .set(this.asStaff())
        .set('If-Match', `"${(status.body as InvitationsView).version}"`)
        .send({ intellectualIds: invitees.map((invitee) => invitee.intellectualId) }),
      200,
    );
    const links: Record<string, InvitationLinks> = {};
    for (const { intellectualId, email } of invitees) {
      const earlier = before.filter((mail) => mail.to.includes(email)).length;
      const mails = await waitForMail(this.t.mailDir!, email, { count: earlier + 1 });
      links[intellectualId] = invitationLinks(mails[mails.length - 1]);
    }
    return links;
  }

  /** The expert accepts from the mailed link, confirming the declaration the page shows. */
  async acceptByLink(links: InvitationLinks, declarationText = NO_CONFLICT_DECLARATION.vi): Promise<void> {
    await this.expect(
      this.t.http
        .post('/api/v1/panel-invitations/accept')
        .send({ token: links.accept, declaration: 'no_conflict', declarationText }),
      200,
    );
  }

  /** Starts the review (panel_forming → in_review): by staff unless the secretary is named. */
  async startReview(requestId: string, by: TestAccount = this.staff): Promise<void> {
    await this.expect(this.t.http.post(`${REQUESTS}/${requestId}/start-review`).set(bearer(by.token)), 200);
  }

  /** Locks the panel, which closes the opinions: by staff unless the secretary is named. */
  async lock(requestId: string, by: TestAccount = this.staff): Promise<void> {
    await this.expect(this.t.http.post(`${REQUESTS}/${requestId}/panel/lock`).set(bearer(by.token)), 200);
  }

  /**
   * Staff draft the report of a locked panel (a conclusion, one recommendation), generate its files
   * and send it to the agency (in_review → report_sent).
   */
  async sendReport(requestId: string): Promise<void> {
    const report = `${REQUESTS}/${requestId}/report`;
    const saved = await this.expect(
      this.t.http
        .put(report)
        .set(this.asStaff())
        .set('If-Match', '"0"')
        .send({
          conclusion: 'Hội đồng thống nhất thông qua.',
          recommendations: [{ text: 'Triển khai thí điểm' }],
        }),
      200,
    );
    const generated = await this.expect(
      this.t.http.post(`${report}/generate`).set(this.asStaff()).set('If-Match', saved.headers.etag),
      200,
    );
    await this.expect(
      this.t.http.post(`${report}/send`).set(this.asStaff()).set('If-Match', generated.headers.etag),
      200,
    );
  }

  /** The agency accepts every recommendation of the report it was sent (report_sent → answered). */
  async answerReport(requestId: string, agency: TestAccount): Promise<void> {
    const read = await this.expect(
      this.t.http.get(`${REQUESTS}/${requestId}/report`).set(bearer(agency.token)),
      200,
    );
    const { recommendations, version } = read.body as ReportView;
    await this.expect(
      this.t.http
        .put(`${REQUESTS}/${requestId}/answer`)
        .set(bearer(agency.token))
        .set('If-Match', `"${version}"`)
        .send({ answers: recommendations.map((r) => ({ recommendationId: r.id, decision: 'accepted' })) }),
      200,
    );
  }

  /**
   * A request whose panel has these members, every one invited, those in `accepting` (default: all)
   * having accepted from their mail; returns the request and the links of those who have not.
   */
  async seatedPanel(
    by: TestAccount,
    seats: ReadonlyArray<Seat & { email: string }>,
    { accepting, ...overrides }: { accepting?: string[] } & Record<string, unknown> = {},
  ): Promise<{ request: ReviewRequestView; pending: Record<string, InvitationLinks> }> {
    const request = await this.acceptedRequest(by, overrides);
    await this.savePanel(request.id, seats);
    const links = await this.invite(request.id, seats);
    const pending: Record<string, InvitationLinks> = {};
    for (const { intellectualId } of seats) {
      if (!accepting || accepting.includes(intellectualId)) await this.acceptByLink(links[intellectualId]);
      else pending[intellectualId] = links[intellectualId];
    }
    return { request, pending };
  }

  /** A panel seated and accepted by all, its review started. */
  async reviewing(
    by: TestAccount,
    seats: ReadonlyArray<Seat & { email: string }>,
    overrides: Record<string, unknown> = {},
  ): Promise<ReviewRequestView> {
    const { request } = await this.seatedPanel(by, seats, overrides);
    await this.startReview(request.id);
    return request;
  }

  private transition(by: TestAccount, id: string, step: 'submit' | 'accept', etag: string) {
    return this.expect(
      this.t.http.post(`${REQUESTS}/${id}/${step}`).set(bearer(by.token)).set('If-Match', etag),
      200,
    );
  }

  private asStaff() {
    return bearer(this.staff.token);
  }

  /** The response when it has the status the flow needs; otherwise fails with the status and the problem. */
  private async expect<R extends { status: number; body: unknown }>(call: PromiseLike<R>, status: number) {
    const response = await call;
    if (response.status !== status) {
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response;
  }
}

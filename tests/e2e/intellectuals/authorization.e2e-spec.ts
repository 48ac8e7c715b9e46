import { Principal } from '../../../src/common/access/principal';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { InvitationsService } from '../../../src/intellectuals/invitations.service';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { intellectualInput } from '../../support/factories/intellectual.factory';

// the project-level testTimeout is not applied to hooks by this Jest version; booting takes a few seconds
jest.setTimeout(120_000);

const ACTORS = ['anonymous', 'owner', 'other', 'association_staff', 'personnel_officer', 'admin'] as const;
type Actor = (typeof ACTORS)[number];

/** A fresh profile per case, so writes in one case never disturb another. */
interface Fixture {
  id: string;
  educationId: string;
  correctionId: string;
  code: string;
}

interface Row {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: (f: Fixture) => string;
  body?: (f: Fixture, actor: Actor) => object;
  /** If-Match with the current version of: the profile in the path, or the caller's own (for /me). */
  ifMatch?: 'profile' | 'own';
  deleted?: boolean;
  /** The profile has no linked account (needed to issue an invitation); the owner is then just an intellectual. */
  unlinked?: boolean;
  expect: [number, number, number, number, number, number];
}

const P = '/api/v1/intellectuals';
const education = { level: 'master', institution: 'Trường Đại học Nha Trang', year: 2006 };
const correction = { changes: { position: 'Viện trưởng' }, reason: 'Quyết định bổ nhiệm mới' };

//                                                 anon owner other assoc officer admin
const MATRIX: Record<string, Row> = {
  'GET /intellectuals': { method: 'get', path: () => P, expect: [401, 403, 403, 200, 200, 200] },
  'POST /intellectuals': {
    method: 'post',
    path: () => P,
    body: () => intellectualInput(),
    expect: [401, 403, 403, 403, 201, 201],
  },
  'GET /intellectuals/{id}': {
    method: 'get',
    path: (f) => `${P}/${f.id}`,
    expect: [401, 200, 404, 200, 200, 200],
  },
  'PATCH /intellectuals/{id}': {
    method: 'patch',
    path: (f) => `${P}/${f.id}`,
    body: () => ({ position: 'Trưởng phòng' }),
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 200, 200],
  },
  'DELETE /intellectuals/{id}': {
    method: 'delete',
    path: (f) => `${P}/${f.id}`,
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 204, 204],
  },
  'POST /intellectuals/{id}/restore': {
    method: 'post',
    path: (f) => `${P}/${f.id}/restore`,
    ifMatch: 'profile',
    deleted: true,
    expect: [401, 403, 403, 403, 200, 200],
  },
  'POST /intellectuals/{id}/verify': {
    method: 'post',
    path: (f) => `${P}/${f.id}/verify`,
    body: () => ({ all: true }),
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 200, 200],
  },
  'GET /intellectuals/{id}/history': {
    method: 'get',
    path: (f) => `${P}/${f.id}/history`,
    expect: [401, 200, 404, 200, 200, 200],
  },
  'POST /intellectuals/{id}/invitations': {
    method: 'post',
    path: (f) => `${P}/${f.id}/invitations`,
    body: () => ({}),
    unlinked: true,
    expect: [401, 403, 403, 403, 201, 201],
  },
  'POST /intellectuals/{id}/educations': {
    method: 'post',
    path: (f) => `${P}/${f.id}/educations`,
    body: () => education,
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 201, 201],
  },
  'PATCH /intellectuals/{id}/educations/{partId}': {
    method: 'patch',
    path: (f) => `${P}/${f.id}/educations/${f.educationId}`,
    body: () => ({ year: 2003 }),
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 200, 200],
  },
  'DELETE /intellectuals/{id}/educations/{partId}': {
    method: 'delete',
    path: (f) => `${P}/${f.id}/educations/${f.educationId}`,
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 204, 204],
  },
  'GET /me': { method: 'get', path: () => '/api/v1/me', expect: [401, 200, 200, 403, 403, 403] },
  'PATCH /me': {
    method: 'patch',
    path: () => '/api/v1/me',
    body: () => ({ biography: 'Tự giới thiệu' }),
    ifMatch: 'own',
    expect: [401, 200, 200, 403, 403, 403],
  },
  'PUT /me/public-profile': {
    method: 'put',
    path: () => '/api/v1/me/public-profile',
    body: () => ({ consent: true }),
    ifMatch: 'own',
    expect: [401, 200, 200, 403, 403, 403],
  },
  'POST /me/educations': {
    method: 'post',
    path: () => '/api/v1/me/educations',
    body: () => education,
    ifMatch: 'own',
    expect: [401, 201, 201, 403, 403, 403],
  },
  // the owner's item: another intellectual gets 404, not 403
  'PATCH /me/educations/{partId}': {
    method: 'patch',
    path: (f) => `/api/v1/me/educations/${f.educationId}`,
    body: () => ({ year: 2003 }),
    ifMatch: 'own',
    expect: [401, 200, 404, 403, 403, 403],
  },
  'DELETE /me/educations/{partId}': {
    method: 'delete',
    path: (f) => `/api/v1/me/educations/${f.educationId}`,
    ifMatch: 'own',
    expect: [401, 204, 404, 403, 403, 403],
  },
  'POST /me/correction-requests': {
    method: 'post',
    path: () => '/api/v1/me/correction-requests',
    body: () => correction,
    expect: [401, 201, 201, 403, 403, 403],
  },
  'GET /me/correction-requests': {
    method: 'get',
    path: () => '/api/v1/me/correction-requests',
    expect: [401, 200, 200, 403, 403, 403],
  },
  'GET /correction-requests': {
    method: 'get',
    path: () => '/api/v1/correction-requests?status=pending',
    expect: [401, 403, 403, 403, 200, 200],
  },
  'POST /correction-requests/{id}/approve': {
    method: 'post',
    path: (f) => `/api/v1/correction-requests/${f.correctionId}/approve`,
    ifMatch: 'profile',
    expect: [401, 403, 403, 403, 200, 200],
  },
  'POST /correction-requests/{id}/reject': {
    method: 'post',
    path: (f) => `/api/v1/correction-requests/${f.correctionId}/reject`,
    body: () => ({ reason: 'Thiếu minh chứng' }),
    expect: [401, 403, 403, 403, 200, 200],
  },
  'POST /invitations/accept (public)': {
    method: 'post',
    path: () => '/api/v1/invitations/accept',
    body: (f, actor) => ({
      code: f.code,
      email: `accept-${actor}-${f.id}@test.local`,
      password: 'mật khẩu đủ dài',
    }),
    unlinked: true,
    expect: [201, 201, 201, 201, 201, 201],
  },
};

describe('authorization matrix: every endpoint of profiles × every kind of caller', () => {
  let t: TestApp;
  let staff: Record<'association_staff' | 'personnel_officer' | 'admin', TestAccount>;
  let other: TestAccount;
  let otherProfileId: string;
  /** One account, re-linked to each case's fresh profile (hashing a password per case is slow). */
  let owner: TestAccount;
  beforeAll(async () => {
    t = await startTestApp();
    staff = {
      association_staff: await t.account(['association_staff']),
      personnel_officer: await t.account(['personnel_officer']),
      admin: await t.account(['admin']),
    };
    otherProfileId = (
      await t.app.get(IntellectualsService).create(intellectualInput() as never, undefined, 'self_declared')
    ).body.id as string;
    other = await t.account(['intellectual'], { intellectualId: otherProfileId });
    owner = await t.account(['intellectual']);
  });
  afterAll(() => t.close());

  async function fixture(row: Row): Promise<Fixture> {
    const created = await t.app
      .get(IntellectualsService)
      .create(intellectualInput() as never, undefined, 'self_declared');
    const id = created.body.id as string;
    const educationId = (created.body.educations as Array<{ id: string }>)[0].id;
    const [{ id: correctionId }] = await t.dataSource.query(
      `INSERT INTO correction_request (intellectual_id, changes, reason) VALUES ($1, '{"position":"Viện trưởng"}', 'Bổ nhiệm') RETURNING id`,
      [id],
    );
    const officer = staff.personnel_officer;
    const principal: Principal = {
      accountId: officer.id,
      email: officer.email,
      roles: ['personnel_officer'],
      intellectualId: null,
    };
    const code = row.unlinked ? (await t.app.get(InvitationsService).issue(id, {}, principal)).code : '';
    if (row.deleted)
      await t.dataSource.query(`UPDATE intellectual SET deleted_at = now() WHERE id = $1`, [id]);
    await t.dataSource.query(`UPDATE account SET intellectual_id = $2 WHERE id = $1`, [
      owner.id,
      row.unlinked ? null : id,
    ]);
    return { id, educationId, correctionId, code };
  }

  const cases = Object.entries(MATRIX).flatMap(([name, row]) =>
    ACTORS.map((actor, index) => [name, actor, row.expect[index], row] as const),
  );

  it.each(cases)('%s as %s → %i', async (_, actor: Actor, status: number, row: Row) => {
    const f = await fixture(row);
    const account =
      actor === 'anonymous'
        ? undefined
        : actor === 'owner'
          ? owner
          : actor === 'other'
            ? other
            : staff[actor];
    let request = t.http[row.method](row.path(f));
    if (account) request = request.set(bearer(account.token));
    if (row.ifMatch) {
      const target = row.ifMatch === 'own' ? (actor === 'other' ? otherProfileId : f.id) : f.id;
      const [{ version }] = await t.dataSource.query(`SELECT version FROM intellectual WHERE id = $1`, [
        target,
      ]);
      request = request.set('If-Match', `"${version}"`);
    }
    const response = await (row.body ? request.send(row.body(f, actor)) : request);
    expect({
      status: response.status,
      body: response.status >= 400 ? response.body.code : undefined,
    }).toEqual({
      status,
      body: status >= 400 ? expect.any(String) : undefined,
    });
  });
});

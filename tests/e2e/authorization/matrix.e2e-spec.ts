import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntellectualsService } from '../../../src/intellectuals/intellectuals.service';
import { PART_KINDS, PARTS } from '../../../src/intellectuals/profile-parts';
import { importClient } from '../../support/fixtures/imports/run-import';
import { importCsv } from '../../support/fixtures/imports/spreadsheets';
import { intellectualInput } from '../../support/factories/intellectual.factory';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { Actor, ACTORS, Fixtures, MATRIX, OK, Row, WRITE_BODY } from './matrix';

// the project-level testTimeout is not applied to hooks by this Jest version; booting takes a few seconds
jest.setTimeout(120_000);

interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  ifMatch: boolean;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: Array<{ name: string; in: string }>;
}

/** Every operation of the committed document (the drift test keeps it equal to what the app serves). */
const document = JSON.parse(readFileSync(join(__dirname, '../../../openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
const OPERATIONS: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({
      operationId: operation.operationId,
      method: method as Operation['method'],
      path,
      ifMatch: !!operation.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'),
    })),
);

const REFUSALS = [401, 403, 404];
/** What a cell is compared on: allowed, or the exact refusal (or error) status. */
const outcome = (status: number): typeof OK | number =>
  status < 500 && !REFUSALS.includes(status) ? OK : status;

describe('authorization matrix: every operation of the API × the seven actors', () => {
  it('has a row for every operation of openapi/openapi.json, and none for an operation that is gone', () => {
    const documented = OPERATIONS.map((operation) => operation.operationId);
    expect({
      withoutRow: documented.filter((id) => !(id in MATRIX)),
      notInDocument: Object.keys(MATRIX).filter((id) => !documented.includes(id)),
    }).toEqual({ withoutRow: [], notInDocument: [] });
  });

  let t: TestApp;
  let accounts: Record<Exclude<Actor, 'anonymous'>, TestAccount>;
  /** The profile each intellectual account is linked to. */
  const ownProfile: Partial<Record<Actor, string>> = {};
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp();
    const profiles = t.app.get(IntellectualsService);
    const create = async (overrides: Record<string, unknown> = {}) =>
      (await profiles.create(intellectualInput(overrides) as never, undefined, 'self_declared')).body;
    const otherProfile = await create();
    // the owner's profile holds one item of every part kind
    const owned = await create({
      employments: [{ organizationName: 'Trường Đại học Nha Trang', position: 'Giảng viên', fromYear: 2010 }],
      researchProjects: [{ title: 'Vắc xin cho cá chẽm', level: 'provincial' }],
      awards: [{ name: 'Bằng khen của Chủ tịch UBND tỉnh' }],
      supervisions: [{ studentName: 'Lê Văn Cường', level: 'master' }],
      memberships: [{ associationName: 'Hội Nghề cá Khánh Hòa', role: 'Hội viên' }],
      relations: [{ relatedIntellectualId: otherProfile.id, kind: 'co_author' }],
    });
    ownProfile.owner = owned.id as string;
    ownProfile.other = otherProfile.id as string;
    const agencyOrganization = await seededOrganization(t, 'SKHCN');
    accounts = {
      owner: await t.account(['intellectual'], { intellectualId: ownProfile.owner }),
      other: await t.account(['intellectual'], { intellectualId: ownProfile.other }),
      association_staff: await t.account(['association_staff']),
      personnel_officer: await t.account(['personnel_officer']),
      admin: await t.account(['admin']),
      agency: await t.account(['agency'], { organizationId: agencyOrganization }),
    };
    const partIds = Object.fromEntries(
      PART_KINDS.map((kind) => {
        const items = owned[kind] as Array<{ id: string }> | undefined;
        if (!items?.length) throw new Error(`the owner's fixture profile has no ${kind}`);
        return [PARTS[kind].segment, items[0].id];
      }),
    );
    const [{ id: correctionId }] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO correction_request (intellectual_id, changes, reason)
       VALUES ($1, '{"position":"Viện trưởng"}', 'Quyết định bổ nhiệm mới') RETURNING id`,
      [ownProfile.owner],
    );
    const organization = await t.http
      .post('/api/v1/catalog/organizations')
      .set(bearer(accounts.admin.token))
      .send({ nameVi: 'Trường Cao đẳng Kỹ thuật Khánh Hòa', sector: 'university' });
    if (organization.status !== 201) throw new Error(`organization fixture: ${organization.text}`);
    const { runImport } = importClient(
      () => t,
      () => accounts.personnel_officer.token,
    );
    const job = await runImport(importCsv([{}]), 'danh-sach.csv', true);
    const listed = await create();
    await t.dataSource.query(`UPDATE intellectual SET public_profile = true WHERE id = $1`, [listed.id]);
    // entered by staff on the agency's behalf: an agency's own draft is hidden from staff until submitted
    // (agency-drafts.e2e-spec.ts), while this draft is read by both
    const requestId = await draftRequest(t, accounts.association_staff.token, agencyOrganization);
    f = {
      profileId: ownProfile.owner,
      partIds,
      importJobId: job.id,
      correctionId,
      accountId: (await t.account(['association_staff'])).id,
      organizationId: organization.body.id as string,
      publicProfileId: listed.id as string,
      requestId,
      documentId: await attachedDocument(t, requestId, accounts.agency.token),
    };
  });
  afterAll(() => t?.close());

  async function seededOrganization(app: TestApp, shortName: string): Promise<string> {
    const [{ id }] = await app.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organization WHERE short_name = $1`,
      [shortName],
    );
    return id;
  }

  async function draftRequest(app: TestApp, token: string, organizationId: string): Promise<string> {
    const created = await app.http
      .post('/api/v1/review-requests')
      .set(bearer(token))
      .send({
        kind: 'critique',
        title: 'Phản biện đề án thử nghiệm',
        summary: 'Một đề án để kiểm tra quyền truy cập',
        fieldCodes: ['1'],
        panelSizeMin: 5,
        panelSizeMax: 7,
        deadline: '2099-12-31',
        requestingOrganizationId: organizationId,
      });
    if (created.status !== 201) throw new Error(`review request fixture: ${created.text}`);
    return created.body.id as string;
  }

  async function attachedDocument(app: TestApp, requestId: string, token: string): Promise<string> {
    const uploaded = await app.http
      .post(`/api/v1/review-requests/${requestId}/documents`)
      .set(bearer(token))
      .attach('file', Buffer.from('Đề án thử nghiệm'), 'de-an.txt');
    if (uploaded.status !== 201) throw new Error(`document fixture: ${uploaded.text}`);
    return uploaded.body.id as string;
  }

  function pathOf(operation: Operation, row: Row): string {
    const params: Record<string, string | number> = { ...row.params?.(f) };
    return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'partId') return f.partIds[/\/([\w-]+)\/\{partId\}/.exec(operation.path)![1]];
      if (params[name] === undefined) throw new Error(`${operation.operationId}: no value for {${name}}`);
      return encodeURIComponent(String(params[name]));
    });
  }

  async function versionOf(id: string): Promise<string> {
    const [{ version }] = await t.dataSource.query<Array<{ version: number }>>(
      `SELECT version FROM intellectual WHERE id = $1`,
      [id],
    );
    return `"${version}"`;
  }

  const cells = OPERATIONS.filter((operation) => operation.operationId in MATRIX).flatMap((operation) =>
    ACTORS.map(
      (actor, index) =>
        [operation.operationId, actor, MATRIX[operation.operationId].expect[index], operation] as const,
    ),
  );

  it.each(cells)('%s as %s → %s', async (_, actor, expected, operation) => {
    const row = MATRIX[operation.operationId];
    let request = t.http[operation.method](pathOf(operation, row));
    if (row.query) request = request.query(row.query);
    if (actor !== 'anonymous') request = request.set(bearer(accounts[actor].token));
    const own = ownProfile[actor];
    if (operation.ifMatch && row.ifMatchOwn && own) request = request.set('If-Match', await versionOf(own));
    const response = await (operation.method === 'get' || operation.method === 'delete'
      ? request
      : request.send(row.body ?? WRITE_BODY));
    expect({
      outcome: outcome(response.status),
      status: response.status,
      code: response.body?.code,
    }).toMatchObject({
      outcome: expected,
    });
  });
});

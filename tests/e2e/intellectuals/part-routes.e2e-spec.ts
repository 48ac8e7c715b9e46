import { Controller, Delete, HttpCode, Module, Param, Post } from '@nestjs/common';
import { Allow } from '../../../src/common/access/allow.decorator';
import { Permission } from '../../../src/common/access/permissions';
import { PARTS, PART_KINDS } from '../../../src/intellectuals/profile-parts';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { createIntellectual } from '../../support/factories/intellectual.factory';
import { expectProblem } from '../foundation/problem';

jest.setTimeout(60_000);

/** Routes a later feature would add next to the part routes (data-subject requests, nominations). */
@Controller('me/data-requests')
@Allow(Permission.OwnProfileEdit)
class ProbeDataRequestsController {
  @Post()
  file() {
    return { probe: 'POST /me/data-requests' };
  }

  @Delete(':requestId')
  @HttpCode(200)
  cancel(@Param('requestId') requestId: string) {
    return { probe: 'DELETE /me/data-requests/{requestId}', requestId };
  }
}

@Controller('intellectuals/:id/nominations')
@Allow(Permission.ProfilesEdit)
class ProbeNominationsController {
  @Post()
  nominate(@Param('id') id: string) {
    return { probe: 'POST /intellectuals/{id}/nominations', id };
  }
}

/** Registered after every module of the application (AppModule appends test modules last). */
@Module({ controllers: [ProbeDataRequestsController, ProbeNominationsController] })
class ProbeModule {}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const isParameter = (segment: string) => /^\{.+\}$/.test(segment);

/** Whether one request could match both paths (same length, each segment equal or a parameter). */
function overlap(a: string, b: string): boolean {
  const left = a.split('/');
  const right = b.split('/');
  return (
    left.length === right.length &&
    left.every((segment, i) => segment === right[i] || isParameter(segment) || isParameter(right[i]))
  );
}

describe('part routes do not depend on registration order', () => {
  let t: TestApp;
  let officer: TestAccount;
  beforeAll(async () => {
    t = await startTestApp({ modules: [ProbeModule] });
    officer = await t.account(['personnel_officer']);
  });
  afterAll(() => t.close());

  it('gives each part kind its own fixed routes, and no route of the API can take a part route’s place', async () => {
    const document = await t.http.get('/api/docs-json').expect(200);
    const paths = document.body.paths as Record<string, Partial<Record<(typeof METHODS)[number], unknown>>>;
    const routes = Object.entries(paths).flatMap(([path, operations]) =>
      METHODS.filter((method) => operations[method]).map((method) => ({ method, path })),
    );
    const partRoutes = PART_KINDS.flatMap((kind) => {
      const segment = PARTS[kind].segment;
      return [
        { method: 'post', path: `/api/v1/intellectuals/{id}/${segment}` },
        { method: 'patch', path: `/api/v1/intellectuals/{id}/${segment}/{partId}` },
        { method: 'delete', path: `/api/v1/intellectuals/{id}/${segment}/{partId}` },
        { method: 'post', path: `/api/v1/me/${segment}` },
        { method: 'patch', path: `/api/v1/me/${segment}/{partId}` },
        { method: 'delete', path: `/api/v1/me/${segment}/{partId}` },
      ];
    });
    expect(routes).toEqual(expect.arrayContaining(partRoutes));
    expect(routes.filter((route) => /\{part\}/.test(route.path))).toEqual([]);
    // with fixed paths, a request matches a part route or another one, never both: order cannot matter
    const clashes = partRoutes.flatMap((part) =>
      routes
        .filter((other) => other.method === part.method && other.path !== part.path)
        .filter((other) => overlap(part.path, other.path))
        .map((other) => `${part.method} ${part.path} ~ ${other.path}`),
    );
    expect(clashes).toEqual([]);
  });

  it('documents each kind’s body and item schemas in OpenAPI, with one operation id per route', async () => {
    const { body: document } = await t.http.get('/api/docs-json').expect(200);
    const schemas = document.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    const refOf = (content: { 'application/json': { schema: { $ref: string } } }) =>
      content['application/json'].schema.$ref.replace('#/components/schemas/', '');
    for (const kind of PART_KINDS) {
      const { segment, dto } = PARTS[kind];
      for (const base of [`/api/v1/intellectuals/{id}/${segment}`, `/api/v1/me/${segment}`]) {
        const add = document.paths[base].post;
        const change = document.paths[`${base}/{partId}`].patch;
        expect(refOf(add.requestBody.content)).toBe(dto.name);
        expect(refOf(change.requestBody.content)).toBe(`Partial${dto.name}`);
        const item = refOf(add.responses['201'].content);
        expect(refOf(change.responses['200'].content)).toBe(item);
        expect(Object.keys(schemas[item].properties)).toEqual(
          expect.arrayContaining([
            'id',
            'source',
            'verification',
            ...Object.keys(schemas[dto.name].properties),
          ]),
        );
        expect(document.paths[`${base}/{partId}`].delete.responses['204']).toBeDefined();
      }
    }
    expect(Object.keys(schemas.EducationDto.properties)).toEqual(
      expect.arrayContaining(['level', 'institution']),
    );
    expect(Object.keys(schemas.PublicationDto.properties)).toEqual(
      expect.arrayContaining(['doi', 'indexClass']),
    );
    const ids = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((operations) => Object.values(operations).map((operation) => operation.operationId))
      .filter((id) => /Education|Publication/.test(id));
    expect(ids).toEqual(
      expect.arrayContaining(['addIntellectualEducation', 'updateMyEducation', 'deleteMyPublication']),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers sibling routes registered after the part routes with their own handlers', async () => {
    const profile = await createIntellectual(t, officer);
    const person = await t.account(['intellectual'], { intellectualId: profile.id });
    const filed = await t.http.post('/api/v1/me/data-requests').set(bearer(person.token)).send({});
    expect({ status: filed.status, body: filed.body }).toEqual({
      status: 201,
      body: { probe: 'POST /me/data-requests' },
    });
    const requestId = '5b0c3f6e-2a61-4c4e-9d55-0a2f1f3f9a10';
    const cancelled = await t.http.delete(`/api/v1/me/data-requests/${requestId}`).set(bearer(person.token));
    expect({ status: cancelled.status, body: cancelled.body }).toEqual({
      status: 200,
      body: { probe: 'DELETE /me/data-requests/{requestId}', requestId },
    });
    const nominated = await t.http
      .post(`/api/v1/intellectuals/${profile.id}/nominations`)
      .set(bearer(officer.token))
      .send({});
    expect({ status: nominated.status, body: nominated.body }).toEqual({
      status: 201,
      body: { probe: 'POST /intellectuals/{id}/nominations', id: profile.id },
    });
    const [row] = await t.dataSource.query(`SELECT version FROM intellectual WHERE id = $1`, [profile.id]);
    expect(row.version).toBe(1);
  });

  it('answers 404 for a part kind that does not exist, before reading If-Match or the body', async () => {
    const profile = await createIntellectual(t, officer);
    const person = await t.account(['intellectual'], { intellectualId: profile.id });
    expectProblem(
      await t.http.post(`/api/v1/intellectuals/${profile.id}/salaries`).set(bearer(officer.token)).send({}),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.http
        .patch(`/api/v1/me/salaries/5b0c3f6e-2a61-4c4e-9d55-0a2f1f3f9a10`)
        .set(bearer(person.token))
        .send({}),
      404,
      'NOT_FOUND',
    );
  });
});

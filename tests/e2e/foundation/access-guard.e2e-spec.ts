import { Controller, Get, Module } from '@nestjs/common';
import { Allow } from '../../../src/common/access/allow.decorator';
import { Permission } from '../../../src/common/access/permissions';
import { bearer, startTestApp, TestAccount, TestApp } from '../../support/test-app';
import { expectProblem } from './problem';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

/** Routes that exist only in this test, to exercise the global guard on every kind of declaration. */
@Controller('test-access')
class TestAccessController {
  @Get('undeclared')
  undeclared() {
    return { reached: 'undeclared' };
  }

  @Get('public')
  @Allow('public')
  open() {
    return { reached: 'public' };
  }

  @Get('signed-in')
  @Allow('authenticated')
  signedIn() {
    return { reached: 'signed-in' };
  }

  @Get('officers')
  @Allow(Permission.ImportsRun)
  officers() {
    return { reached: 'officers' };
  }
}

@Module({ controllers: [TestAccessController] })
class TestAccessModule {}

describe('the global access guard', () => {
  let t: TestApp;
  let admin: TestAccount;
  let intellectual: TestAccount;
  let officer: TestAccount;
  let association: TestAccount;
  beforeAll(async () => {
    t = await startTestApp({ modules: [TestAccessModule] });
    admin = await t.account(['admin']);
    intellectual = await t.account(['intellectual']);
    officer = await t.account(['personnel_officer']);
    association = await t.account(['association_staff']);
  });
  afterAll(() => t.close());

  it('refuses an endpoint that declares no @Allow rule, even to an admin', async () => {
    expectProblem(await t.http.get('/api/v1/test-access/undeclared'), 403, 'FORBIDDEN');
    const asAdmin = await t.http.get('/api/v1/test-access/undeclared').set(bearer(admin.token));
    expectProblem(asAdmin, 403, 'FORBIDDEN');
    expect(asAdmin.text).not.toContain('reached');
  });

  it("serves an @Allow('public') endpoint anonymously", async () => {
    const response = await t.http.get('/api/v1/test-access/public').expect(200);
    expect(response.body).toEqual({ reached: 'public' });
  });

  it("serves @Allow('authenticated') to any signed-in account and 401 to anonymous callers", async () => {
    expectProblem(await t.http.get('/api/v1/test-access/signed-in'), 401, 'UNAUTHENTICATED');
    const response = await t.http.get('/api/v1/test-access/signed-in').set(bearer(intellectual.token));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ reached: 'signed-in' });
  });

  it('serves a permission rule to the roles holding that permission only', async () => {
    await t.http.get('/api/v1/test-access/officers').set(bearer(officer.token)).expect(200);
    await t.http.get('/api/v1/test-access/officers').set(bearer(admin.token)).expect(200);
    for (const caller of [intellectual, association]) {
      const response = await t.http.get('/api/v1/test-access/officers').set(bearer(caller.token));
      expectProblem(response, 403, 'FORBIDDEN');
      expect(response.body.detail).toContain(Permission.ImportsRun);
    }
    expectProblem(await t.http.get('/api/v1/test-access/officers'), 401, 'UNAUTHENTICATED');
  });

  it('rejects a bad token even on a public endpoint rather than ignoring it', async () => {
    expectProblem(
      await t.http.get('/api/v1/test-access/public').set(bearer('garbage')),
      401,
      'UNAUTHENTICATED',
    );
  });
});

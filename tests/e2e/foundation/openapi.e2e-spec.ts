import { startTestApp, TestApp } from '../../support/test-app';

// Real servers and argon2 need more than the default 5 s under load (Jest only reads testTimeout
// from the top level of its configuration, not from a project).
jest.setTimeout(60_000);

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves an OpenAPI 3 document at /api/docs-json naming the foundation endpoints', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.info).toMatchObject({ title: expect.stringContaining('Khánh Hòa'), version: '1' });
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/health',
        '/api/v1/accounts',
        '/api/v1/accounts/{id}',
        '/api/v1/catalog/{name}',
        '/api/v1/catalog/organizations',
      ]),
    );
    expect(response.body.paths['/api/v1/auth/login'].post).toBeDefined();
    // a bearer token or the web app's session cookie
    expect(response.body.paths['/api/v1/accounts'].get.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(response.body.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'tkh_session',
    });
  });

  it('serves the interactive documentation at /api/docs', async () => {
    const response = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('swagger');
  });
});

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { Agent } from 'undici';
import type { AppConfig } from '../../../src/config/app-config';
import { undiciHttpClient } from '../../../src/platform/meilisearch/undici-http-client';
import { SearchIndex, SearchUnavailableError } from '../../../src/search/index/search-index';

/**
 * How the adapter reads Meilisearch's own error answers: a failure on Meilisearch's side (its search
 * queue full, an internal error) is an outage the caller may retry (503), a refusal of the request is
 * not. A local HTTP server gives the answers, since a real Meilisearch cannot be made to fail on cue.
 */
describe('SearchIndex: Meilisearch error answers', () => {
  let server: Server;
  let answer: { status: number; code: string };
  let index: SearchIndex;
  const agent = new Agent();

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('Content-Type', 'application/json');
      if (request.url?.startsWith('/keys/')) {
        response.end(JSON.stringify({ key: 'search-key', uid: 'x' }));
        return;
      }
      response.statusCode = answer.status;
      response.end(JSON.stringify({ message: answer.code, code: answer.code, type: 'system', link: '' }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = { meili: { url, masterKey: 'master', indexPrefix: 'p_' } } as AppConfig;
    const admin = new Meilisearch({ host: url, apiKey: 'master', httpClient: undiciHttpClient(agent) });
    index = new SearchIndex(admin, agent, config);
  });
  afterAll(async () => {
    await agent.close();
    await new Promise((done) => server.close(done));
  });

  it.each([
    [503, 'too_many_search_requests'],
    [500, 'internal'],
  ])('reports a %i %s answer as search being unavailable', async (status, code) => {
    answer = { status, code };
    await expect(index.search({ q: 'nuôi biển' })).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('lets a refused request through as the error it is, not as an outage', async () => {
    answer = { status: 400, code: 'invalid_search_filter' };
    const failure = await index.search({ q: 'nuôi biển' }).catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(SearchUnavailableError);
    expect(failure).toBeInstanceOf(Error);
  });
});

/**
 * Compiled by `npm run typecheck`, never run: it fails to compile when the client generated from
 * openapi/openapi.json (schema.d.ts, `npm run openapi`) loses real response types, as it had when
 * search hits and profile reads came out as `never`. The web app uses the client the same way.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Schemas = components['schemas'];

/** 'ok' only for a type that is neither never nor unknown (both would accept any use). */
type Realness<T> = [T] extends [never] ? 'is never' : unknown extends T ? 'is unknown' : 'ok';
function real<T>(_value: T, ..._fails: Realness<T> extends 'ok' ? [] : [Realness<T>]): void {}

const client = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export async function searchHits(): Promise<string[]> {
  const { data, error } = await client.GET('/api/v1/search/intellectuals', {
    params: { query: { q: 'nuôi tôm', facets: ['fieldCode'], limit: 20 } },
  });
  if (error) {
    real(error);
    const code: Schemas['ProblemDetailsView']['code'] = error.code;
    throw new Error(`${code}: ${error.detailVi}`);
  }
  real(data);
  real(data.items[0]);
  real(data.items[0].highlight);
  real(data.facets);
  const total: number = data.total;
  return data.items.map((hit) => `${hit.fullName} (${hit.degreeName ?? '—'}) of ${total}`);
}

export async function directoryHits(): Promise<Schemas['SearchHitView'][]> {
  const { data } = await client.GET('/api/v1/directory', { params: { query: { q: 'AI' } } });
  real(data);
  return data?.items ?? [];
}

export async function profile(id: string): Promise<string | undefined> {
  const { data, response } = await client.GET('/api/v1/intellectuals/{id}', { params: { path: { id } } });
  real(data);
  if (!data) return undefined;
  real(data.educations);
  real(data.provenance);
  const etag = response.headers.get('ETag');
  const degrees: Array<string | undefined> = (data.educations ?? []).map((item) => item.level);
  return `${data.fullName} ${data.version} ${etag} ${degrees.join(', ')}`;
}

export async function ownProfile(): Promise<Schemas['IntellectualView'] | undefined> {
  const { data } = await client.GET('/api/v1/me');
  real(data);
  return data;
}

export async function updateOwnProfile(etag: string): Promise<number | undefined> {
  const { data, error } = await client.PATCH('/api/v1/me', {
    params: { header: { 'If-Match': etag } },
    body: { biography: 'Nuôi trồng thủy sản' },
  });
  if (error) real(error.errors);
  real(data);
  return data?.version;
}

export async function staffList(): Promise<number> {
  const { data } = await client.GET('/api/v1/intellectuals', { params: { query: { limit: 10 } } });
  real(data);
  real(data?.items[0]);
  return data?.total ?? 0;
}

/** A bearer-authenticated JSON client of the API under test. */
export interface ApiClient {
  token: string;
  get<T>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  send<T>(
    method: string,
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

export async function login(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  const authorization = { authorization: `Bearer ${accessToken}` };
  return {
    token: accessToken,
    async get<T>(path: string) {
      const res = await fetch(`${baseUrl}${path}`, { headers: authorization });
      return { status: res.status, body: (await res.json()) as T, headers: res.headers };
    },
    async send<T>(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...authorization, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}

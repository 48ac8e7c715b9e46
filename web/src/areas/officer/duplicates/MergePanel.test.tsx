import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MergePanel } from './MergePanel';

// The API client keeps the fetch it was created with, and Node's Request wants absolute URLs: both
// are set before the client is imported, so the page talks to this fake server as to the real one.
const server = vi.hoisted(() => {
  const NodeRequest = globalThis.Request;
  globalThis.Request = class extends NodeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, location.href) : input, init);
    }
  };
  // antd's table measures itself; jsdom has no ResizeObserver
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const fetch = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return { fetch };
});

const KEPT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const profile = (id: string, version: number, values: Record<string, unknown>) => ({
  id,
  version,
  fullName: 'Đặng Hai Bản',
  gender: 'male',
  birthDate: '1975-07-07',
  countryCode: 'VN',
  expertise: [],
  ...values,
});

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: {
      'Content-Type': init.status && init.status >= 400 ? 'application/problem+json' : 'application/json',
      ...init.headers,
    },
  });

const choiceRequired = (facts: string[]) =>
  json(
    {
      type: 'about:blank',
      status: 409,
      code: 'MERGE_CHOICE_REQUIRED',
      title: 'Conflict',
      titleVi: 'Xung đột',
      detail: `The records disagree on: ${facts.join(', ')}`,
      detailVi: `Hai hồ sơ có thông tin khác nhau: ${facts.join(', ')}`,
      instance: `/api/v1/intellectuals/${KEPT}/merge`,
      requestId: 'r1',
      errors: facts.map((fact) => ({ field: `choices.${fact}`, message: fact, messageVi: fact })),
    },
    { status: 409 },
  );

// antd renders slowly in jsdom on a busy machine: wait for answers longer than the default second
// (and the queries below find elements by label or text: role queries over antd's table take seconds)
configure({ asyncUtilTimeout: 10_000 });

describe('MergePanel', { timeout: 60_000 }, () => {
  const merges: Array<{ ifMatch: string | null; body: unknown }> = [];

  beforeEach(() => {
    merges.length = 0;
    server.fetch.mockImplementation(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'GET' && url.pathname.endsWith(KEPT))
        return json(profile(KEPT, 3, { position: 'Trưởng phòng', email: 'a@example.vn' }), {
          headers: { ETag: '"3"' },
        });
      if (input.method === 'GET' && url.pathname.endsWith(OTHER))
        return json(profile(OTHER, 5, { position: 'Phó phòng', email: 'b@example.vn' }), {
          headers: { ETag: '"5"' },
        });
      if (input.method === 'POST' && url.pathname.endsWith(`${KEPT}/merge`)) {
        const body = (await input.json()) as { choices: Record<string, string> };
        merges.push({ ifMatch: input.headers.get('If-Match'), body });
        const missing = ['position', 'email'].filter((fact) => !body.choices[fact]);
        return missing.length
          ? choiceRequired(['position', 'email'])
          : json(profile(KEPT, 4, {}), { headers: { ETag: '"4"' } });
      }
      return json({}, { status: 404 });
    });
  });

  function renderPanel() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return render(
      <QueryClientProvider client={client}>
        <AntApp>
          <MemoryRouter initialEntries={[`/officer/duplicates?survivor=${KEPT}&other=${OTHER}`]}>
            <Routes>
              <Route path="/officer/duplicates" element={<MergePanel survivorId={KEPT} otherId={OTHER} />} />
              <Route path="/people/:id" element={<p>profile page</p>} />
            </Routes>
          </MemoryRouter>
        </AntApp>
      </QueryClientProvider>,
    );
  }

  async function mergeAndConfirm(user: ReturnType<typeof userEvent.setup>) {
    await user.click(screen.getByText('Gộp hồ sơ'));
    await user.click(await screen.findByText('Xác nhận gộp'));
  }

  it('asks for the facts the server names, then merges with exactly those choices and opens the kept profile', async () => {
    const user = userEvent.setup({ delay: null });
    renderPanel();
    const position = await screen.findByLabelText('Giữ giá trị: Chức vụ');
    await user.click(within(position).getByLabelText(/Phó phòng/));

    await mergeAndConfirm(user);
    expect(await screen.findByText('Chưa chọn giá trị cho: Thư điện tử')).toBeInTheDocument();
    expect(merges).toEqual([{ ifMatch: '"3"', body: { otherId: OTHER, otherVersion: 5, choices: {} } }]);

    const email = screen.getByLabelText('Giữ giá trị: Thư điện tử');
    await user.click(within(email).getByLabelText(/a@example\.vn/));
    await mergeAndConfirm(user);
    expect(await screen.findByText('profile page')).toBeInTheDocument();
    expect(merges[1]).toEqual({
      ifMatch: '"3"',
      body: { otherId: OTHER, otherVersion: 5, choices: { position: 'other', email: 'survivor' } },
    });
  });

  it('merges at once, without sending the choices the server did not ask for, when every named fact is chosen', async () => {
    const user = userEvent.setup({ delay: null });
    renderPanel();
    await user.click(
      within(await screen.findByLabelText('Giữ giá trị: Chức vụ')).getByLabelText(/Trưởng phòng/),
    );
    await user.click(
      within(screen.getByLabelText('Giữ giá trị: Thư điện tử')).getByLabelText(/b@example\.vn/),
    );
    await mergeAndConfirm(user);
    expect(await screen.findByText('profile page')).toBeInTheDocument();
    expect(merges.map((merge) => merge.body)).toEqual([
      { otherId: OTHER, otherVersion: 5, choices: {} },
      { otherId: OTHER, otherVersion: 5, choices: { position: 'survivor', email: 'other' } },
    ]);
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { RequirePermission } from './RequirePermission';
import { SessionProvider } from './session';

const officer = {
  account: { id: 'a1', email: 'officer@example.vn', roles: ['personnel_officer'] },
  permissions: ['profiles.read'],
  csrfToken: 'token',
  expiresAt: '2026-12-02T20:00:00.000Z',
  idleTimeoutSeconds: 1800,
};

const problem503 = {
  type: 'about:blank',
  status: 503,
  code: 'SERVICE_UNAVAILABLE',
  title: 'The service is temporarily unavailable',
  titleVi: 'Dịch vụ tạm thời không hoạt động',
  detail: 'Try again in a minute.',
  detailVi: 'Vui lòng thử lại sau ít phút.',
  requestId: 'req-42',
};

function renderGuarded() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter initialEntries={['/officer']}>
          <RequirePermission permission="profiles.read">
            <h1>Trang cán bộ</h1>
          </RequirePermission>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

const answered = (status: number, data: unknown) =>
  ({
    ...(status < 400 ? { data } : { error: data }),
    response: new Response(null, { status }),
  }) as never;

afterEach(() => vi.restoreAllMocks());

describe('the session guard when asking who is signed in fails', () => {
  it('says in Vietnamese that the service is unavailable, with the request id, and lets the user ask again', async () => {
    const get = vi
      .spyOn(api, 'GET')
      .mockResolvedValueOnce(answered(503, problem503))
      .mockResolvedValueOnce(answered(200, officer));
    renderGuarded();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dịch vụ tạm thời không hoạt động');
    expect(alert).toHaveTextContent('Vui lòng thử lại sau ít phút.');
    expect(alert).toHaveTextContent('Mã yêu cầu: req-42');
    expect(screen.queryByRole('heading', { name: 'Trang cán bộ' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Trang cán bộ' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('says the server cannot be reached when the network fails', async () => {
    vi.spyOn(api, 'GET').mockRejectedValue(new TypeError('Failed to fetch'));
    renderGuarded();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không kết nối được máy chủ');
    expect(alert).toHaveTextContent('Kiểm tra kết nối mạng rồi thử lại.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeEnabled();
  });
});

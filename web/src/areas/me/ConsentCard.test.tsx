import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { ConsentCard } from './ConsentCard';
import type { Profile } from './fact-inputs';

const profile = {
  id: 'p1',
  fullName: 'Nguyễn Thị Minh Châu',
  publicProfile: false,
  publicProfileConsentedAt: null,
} as Profile;

function renderCard(shown: Profile) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ConsentCard profile={shown} etag={'"3"'} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the public-profile consent', () => {
  it('shows the notice and records nothing until the person ticks that they read it', async () => {
    const put = vi.spyOn(api, 'PUT').mockResolvedValue({
      data: { ...profile, publicProfile: true, publicProfileConsentedAt: '2026-12-02T03:04:00.000Z' },
      response: new Response(null, { status: 200, headers: { ETag: '"4"' } }),
    });
    renderCard(profile);
    expect(screen.getByRole('region', { name: 'Thông báo về hồ sơ công khai' })).toHaveTextContent(
      'Ai xem được',
    );
    const agree = screen.getByRole('checkbox', { name: /Tôi đã đọc thông báo trên/ });
    const give = screen.getByRole('button', { name: 'Đồng ý công khai hồ sơ' });
    expect(agree).not.toBeChecked();
    expect(give).toBeDisabled();
    await userEvent.click(agree);
    await userEvent.click(give);
    await waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    expect(put).toHaveBeenCalledWith('/me/public-profile', {
      params: { header: { 'If-Match': '"3"' } },
      body: { consent: true },
    });
  });

  it('says when consent was given, in Viet Nam time, and offers its withdrawal', () => {
    renderCard({ ...profile, publicProfile: true, publicProfileConsentedAt: '2026-12-02T03:04:00.000Z' });
    expect(screen.getByText('Bạn đồng ý lúc 02/12/2026 10:04.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rút lại sự đồng ý' })).toBeEnabled();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

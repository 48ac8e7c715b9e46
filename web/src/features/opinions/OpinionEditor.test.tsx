import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/client';
import { OpinionEditor } from './OpinionEditor';
import type { MyOpinion, OpinionSource } from './opinions-api';

type Tagged = { data: MyOpinion; etag: string };
const api = {
  saveMyOpinion: vi.fn<(id: string, etag: string, text: string) => Promise<Tagged>>(),
  fetchMyOpinion: vi.fn<(id: string) => Promise<Tagged>>(),
};
const source: OpinionSource = {
  key: ['opinion', 'r1'],
  fetch: () => api.fetchMyOpinion('r1'),
  save: (etag, text) => api.saveMyOpinion('r1', etag, text),
  upload: vi.fn(),
  remove: vi.fn(),
  href: () => '',
  others: { key: ['opinion', 'r1', 'others'], fetch: vi.fn() },
};

function viewWith(text: string, version: number): MyOpinion {
  return {
    request: {
      id: 'r1',
      kind: 'critique',
      title: 'Đề án',
      summary: 'Tóm tắt',
      agency: 'Sở KH&CN',
      state: 'in_review',
      opinionsVisibleToMembers: false,
      documents: [],
    },
    panelMemberId: 'm1',
    role: 'reviewer',
    window: { deadline: '2099-01-31', lockedAt: null, closedReason: null },
    opinion: {
      id: 'o1',
      text,
      version,
      submittedAt: '2099-01-01T01:00:00Z',
      updatedAt: '2099-01-02T01:00:00Z',
      files: [],
    },
  };
}

const stale = () =>
  ApiProblem.fromResponse(new Response(null, { status: 412 }), {
    type: 'about:blank',
    title: 'Precondition failed',
    titleVi: 'Dữ liệu đã thay đổi',
    status: 412,
    detail: 'd',
    detailVi: 'd',
    code: 'PRECONDITION_FAILED',
    instance: '/api/v1/me/review-requests/r1/opinion',
    requestId: 'x',
  });

function renderEditor() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <App>
        <OpinionEditor source={source} view={viewWith('Bản đầu', 1)} etag={'"1"'} />
      </App>
    </QueryClientProvider>,
  );
}

describe('the opinion form after a save made elsewhere (412)', () => {
  beforeEach(() => {
    api.saveMyOpinion.mockReset();
    api.fetchMyOpinion.mockReset().mockResolvedValue({ data: viewWith('Bản từ điện thoại', 2), etag: '"2"' });
  });

  it('shows the saved text; keeping mine saves my text on top of the saved version', async () => {
    const user = userEvent.setup();
    api.saveMyOpinion
      .mockRejectedValueOnce(stale())
      .mockResolvedValueOnce({ data: viewWith('Bản của tôi', 3), etag: '"3"' });
    renderEditor();
    const text = screen.getByLabelText('Nội dung ý kiến');
    await user.clear(text);
    await user.type(text, 'Bản của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu ý kiến' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ý kiến vừa được lưu ở nơi khác');
    expect(alert).toHaveTextContent('Bản từ điện thoại');
    expect(screen.getByRole('button', { name: 'Lưu ý kiến' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Giữ nội dung tôi đang sửa (rồi lưu lại)' }));
    expect(screen.getByLabelText('Nội dung ý kiến')).toHaveValue('Bản của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu ý kiến' }));
    await waitFor(() => expect(api.saveMyOpinion).toHaveBeenCalledTimes(2));
    expect(api.saveMyOpinion).toHaveBeenNthCalledWith(1, 'r1', '"1"', 'Bản của tôi');
    expect(api.saveMyOpinion).toHaveBeenNthCalledWith(2, 'r1', '"2"', 'Bản của tôi');
  });

  it('takes the saved text into the form, and then saving it unchanged sends nothing', async () => {
    const user = userEvent.setup();
    api.saveMyOpinion.mockRejectedValueOnce(stale());
    renderEditor();
    await user.type(screen.getByLabelText('Nội dung ý kiến'), ' thêm');
    await user.click(screen.getByRole('button', { name: 'Lưu ý kiến' }));
    await user.click(await screen.findByRole('button', { name: 'Dùng nội dung đã lưu' }));
    expect(screen.getByLabelText('Nội dung ý kiến')).toHaveValue('Bản từ điện thoại');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lưu ý kiến' }));
    await screen.findByText('Nội dung chưa thay đổi');
    expect(api.saveMyOpinion).toHaveBeenCalledTimes(1);
  });
});

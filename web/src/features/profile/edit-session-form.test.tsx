import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, Button, Form, Input } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiProblem } from '../../api/client';
import { EditSessionNotices } from './EditSessionNotices';
import type { HistoryEvent } from './model';
import { useEditSession } from './use-edit-session';

vi.mock('./profile-api', async (original) => ({
  ...(await original<typeof import('./profile-api')>()),
  fetchProfile: () =>
    Promise.resolve({
      data: { id: 'p1', position: 'Giảng viên', phone: '0987654321', updatedAt: '2026-12-02T05:10:00.000Z' },
      etag: '"3"',
    }),
  fetchHistory: () =>
    Promise.resolve({
      items: [
        {
          id: 'e2',
          at: '2026-12-02T05:10:00.000Z',
          action: 'intellectual.update',
          actor: { accountId: 'a2', email: 'colleague@example.vn' },
          changes: { phone: { before: '0912345678', after: '0987654321' } },
          purpose: null,
        },
      ] satisfies HistoryEvent[],
      total: 1,
      limit: 100,
      offset: 0,
    }),
}));

const INPUTS = [
  { name: 'position', input: { kind: 'text' } },
  { name: 'phone', input: { kind: 'text' } },
] as const;
const started = { position: 'Giảng viên', phone: '0912345678' };

function Editor({
  send,
  onSaved,
}: {
  send: (patch: unknown, etag: string) => Promise<void>;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const session = useEditSession({
    id: 'p1',
    form,
    inputs: INPUTS,
    initial: { values: started, etag: '"2"', updatedAt: '2026-12-02T05:00:00.000Z' },
    send,
    valuesIn: (profile) => ({ position: profile.position ?? null, phone: profile.phone ?? null }),
    savedText: 'Đã lưu thay đổi.',
    unchangedText: 'Không có thay đổi nào để lưu.',
    onSaved,
  });
  return (
    <Form form={form} initialValues={started}>
      <EditSessionNotices session={session} labelOf={(field) => field} onDiscard={() => undefined} />
      <Form.Item name="position" label="Chức vụ">
        <Input />
      </Form.Item>
      <Form.Item name="phone" label="Số điện thoại">
        <Input />
      </Form.Item>
      <Button onClick={() => void session.submit()}>Lưu</Button>
    </Form>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('an edit form on the edit session hook', () => {
  it('shows the other change after a 412, reapplies mine in the form and saves it on the current version', async () => {
    // the conflict panel names catalog codes: no catalog is needed here
    vi.spyOn(api, 'GET').mockResolvedValue({
      data: { items: [], total: 0, limit: 100, offset: 0 },
      response: new Response('{}'),
    } as never);
    const sent: Array<{ patch: unknown; etag: string }> = [];
    const send = vi.fn((patch: unknown, etag: string) => {
      sent.push({ patch, etag });
      return etag === '"2"'
        ? Promise.reject(new ApiProblem(412, undefined, { title: 'stale', detail: 'stale' }))
        : Promise.resolve();
    });
    const onSaved = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App>
          <Editor send={send} onSaved={onSaved} />
        </App>
      </QueryClientProvider>,
    );
    await userEvent.clear(screen.getByLabelText('Chức vụ'));
    await userEvent.type(screen.getByLabelText('Chức vụ'), 'Trưởng khoa');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Người khác đã thay đổi hồ sơ này');
    expect(conflict).toHaveTextContent('colleague@example.vn');
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    await screen.findByText(/Đã áp dụng lại thay đổi của bạn/);
    expect(screen.getByLabelText('Chức vụ')).toHaveValue('Trưởng khoa');
    expect(screen.getByLabelText('Số điện thoại')).toHaveValue('0987654321');

    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      { patch: { position: 'Trưởng khoa' }, etag: '"2"' },
      { patch: { position: 'Trưởng khoa' }, etag: '"3"' },
    ]);
  });
});

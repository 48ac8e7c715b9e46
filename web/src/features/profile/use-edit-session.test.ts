import { act, renderHook } from '@testing-library/react';
import { Form } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/client';
import type { HistoryEvent, Profile } from './model';
import { useEditSession } from './use-edit-session';

const current: { profile: Record<string, unknown>; history: unknown[] } = vi.hoisted(() => ({
  profile: {},
  history: [],
}));
vi.mock('./profile-api', async (original) => ({
  ...(await original<typeof import('./profile-api')>()),
  fetchProfile: () => Promise.resolve({ data: current.profile, etag: '"3"' }),
  fetchHistory: () =>
    Promise.resolve({ items: current.history, total: current.history.length, limit: 100, offset: 0 }),
}));

const INPUTS = [
  { name: 'position', input: { kind: 'text' } },
  { name: 'phone', input: { kind: 'text' } },
] as const;
const started = { position: 'Giảng viên', phone: '0912345678' };
const stale = () => new ApiProblem(412, undefined, { title: 'stale', detail: 'stale' });

type Options = Parameters<typeof useEditSession>[0];

/** The hook as the editors call it (its form wiring: edit-session-form.test.tsx). */
function editSession(overrides: Partial<Options> & Pick<Options, 'send'>) {
  return renderHook(() => {
    const [form] = Form.useForm();
    return useEditSession({
      id: 'p1',
      form,
      inputs: INPUTS,
      initial: { values: started, etag: '"2"', updatedAt: '2026-12-02T05:00:00.000Z' },
      valuesIn: (profile: Profile) => ({ position: profile.position ?? null, phone: profile.phone ?? null }),
      savedText: 'saved',
      unchangedText: 'unchanged',
      onSaved: () => undefined,
      ...overrides,
    });
  });
}

const session = (send: Options['send']) => editSession({ send });

describe('editing a profile someone else saves meanwhile', () => {
  beforeEach(() => {
    current.profile = { id: 'p1', ...started, phone: '0987654321', updatedAt: '2026-12-02T05:10:00.000Z' };
    current.history = [
      {
        id: 'e2',
        at: '2026-12-02T05:10:00.000Z',
        action: 'intellectual.update',
        actor: { accountId: 'a2', email: 'colleague@example.vn' },
        changes: { phone: { before: '0912345678', after: '0987654321' } },
        purpose: null,
      },
      {
        id: 'e1',
        at: '2026-12-02T05:00:00.000Z',
        action: 'intellectual.create',
        actor: null,
        changes: {},
        purpose: null,
      },
    ] satisfies HistoryEvent[];
  });

  it('shows who changed what, reapplies mine on the current version and saves with its ETag', async () => {
    const sent: Array<{ patch: Record<string, unknown>; etag: string }> = [];
    const send = vi.fn((patch: Record<string, unknown>, etag: string) => {
      sent.push({ patch, etag });
      return etag === '"2"' ? Promise.reject(stale()) : Promise.resolve();
    });
    const { result } = session(send);
    const mine = { ...started, position: 'Trưởng khoa' };

    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.save(mine);
    });
    expect(outcome).toBe('conflict');
    expect(result.current.conflict?.events.map((event) => event.actor?.email)).toEqual([
      'colleague@example.vn',
    ]);
    expect(result.current.conflict?.result?.theirs).toEqual([
      { field: 'phone', before: '0912345678', after: '0987654321' },
    ]);

    let draft: Record<string, unknown> | undefined;
    act(() => {
      draft = result.current.reapply();
    });
    expect(draft).toEqual({ position: 'Trưởng khoa', phone: '0987654321' });
    expect(result.current.conflict).toBeUndefined();

    await act(async () => {
      outcome = await result.current.save(draft!);
    });
    expect(outcome).toBe('saved');
    expect(sent).toEqual([
      { patch: { position: 'Trưởng khoa' }, etag: '"2"' },
      { patch: { position: 'Trưởng khoa' }, etag: '"3"' },
    ]);
  });

  it('says when the item being edited was removed, with nothing to reapply', async () => {
    const { result } = editSession({ send: () => Promise.reject(stale()), valuesIn: () => null });
    await act(async () => {
      await result.current.save({ ...started, phone: '' });
    });
    expect(result.current.conflict?.result).toBeNull();
    let draft: Record<string, unknown> | undefined = {};
    act(() => {
      draft = result.current.reapply();
    });
    expect(draft).toBeUndefined();
  });

  it('sends nothing when nothing changed, and passes other refusals to the form', async () => {
    const send = vi.fn(() => Promise.reject(new ApiProblem(400, undefined, { title: 'bad', detail: 'bad' })));
    const { result } = session(send);
    await act(async () => {
      expect(await result.current.save({ ...started })).toBe('unchanged');
    });
    expect(send).not.toHaveBeenCalled();
    await act(async () => {
      await expect(result.current.save({ ...started, phone: 'x' })).rejects.toMatchObject({ status: 400 });
    });
    expect(result.current.conflict).toBeUndefined();
  });
});

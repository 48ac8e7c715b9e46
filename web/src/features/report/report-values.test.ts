import { act, renderHook } from '@testing-library/react';
import { App, Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/client';
import { editsOf, rebase } from '../edit-session/merge';
import { useEditSession, type Base } from '../edit-session/use-edit-session';
import type { Report } from './report-api';
import {
  formatReportValue,
  fromReportForm,
  generateStep,
  sendStep,
  REPORT_FIELDS,
  reportDraft,
  reportFieldLabel,
  reportValues,
  toReportForm,
} from './report-values';

const CONCLUSION = 'Hội đồng thống nhất đề nghị hoàn thiện dự thảo trước khi trình.';
const FIRST = 'Bổ sung đánh giá tác động môi trường';
const SECOND = 'Làm rõ cơ chế ưu tiên tín dụng';

const report = (conclusion: string, texts: string[]) =>
  ({
    conclusion,
    recommendations: texts.map((text, index) => ({
      id: `r${index}`,
      position: index + 1,
      text,
      answer: null,
    })),
  }) as unknown as Report;

const stored = report(CONCLUSION, [FIRST, SECOND]);
const loaded = reportValues(stored);
/** The form as the user left it. */
const typed = (conclusion: string, texts: string[]) =>
  fromReportForm({ conclusion, recommendations: texts.map((text) => ({ text })) });

describe('the report draft on the shared edit session', () => {
  it('sends nothing when the form holds the stored draft, and sees a recommendation added', () => {
    expect(
      editsOf(loaded, fromReportForm(toReportForm(loaded) as Record<string, unknown>), REPORT_FIELDS),
    ).toEqual({});
    expect(
      editsOf(loaded, typed(CONCLUSION, [FIRST, SECOND, 'Thí điểm tại Vân Phong']), REPORT_FIELDS),
    ).toEqual({
      'recommendation.3': 'Thí điểm tại Vân Phong',
    });
  });

  it('shows their conclusion and each recommendation they changed, and saves mine on top as a whole draft', () => {
    const theirs = reportValues(
      report('Hội đồng thông qua.', [FIRST, `${SECOND} cho hộ nuôi`, 'Công bố dữ liệu']),
    );
    const mine = typed(CONCLUSION, ['Bổ sung đánh giá tác động môi trường biển', SECOND]);
    const result = rebase(loaded, mine, theirs, REPORT_FIELDS);
    expect(result.theirs).toEqual([
      { field: 'conclusion', before: CONCLUSION, after: 'Hội đồng thông qua.' },
      { field: 'recommendation.2', before: SECOND, after: `${SECOND} cho hộ nuôi` },
      { field: 'recommendation.3', before: null, after: 'Công bố dữ liệu' },
    ]);
    expect(result.overlapping).toEqual([]);
    expect(result.patch).toEqual({ 'recommendation.1': 'Bổ sung đánh giá tác động môi trường biển' });
    // the endpoint replaces the draft: what is sent is their version with my recommendation 1
    expect(reportDraft(result.draft)).toEqual({
      conclusion: 'Hội đồng thông qua.',
      recommendations: [
        { text: 'Bổ sung đánh giá tác động môi trường biển' },
        { text: `${SECOND} cho hộ nuôi` },
        { text: 'Công bố dữ liệu' },
      ],
    });
  });

  it('names the conclusion when we both rewrote it, mine winning on a reapply', () => {
    const theirs = reportValues(report('Hội đồng thông qua.', [FIRST, SECOND]));
    const result = rebase(loaded, typed('Hội đồng đề nghị bổ sung.', [FIRST, SECOND]), theirs, REPORT_FIELDS);
    expect(result.overlapping).toEqual(['conclusion']);
    expect(reportDraft(result.draft).conclusion).toBe('Hội đồng đề nghị bổ sung.');
  });

  it('closes up the numbers of recommendations removed on either side', () => {
    const theirs = reportValues(report(CONCLUSION, [SECOND]));
    const result = rebase(loaded, typed('Kết luận mới.', [FIRST, SECOND]), theirs, REPORT_FIELDS);
    expect(result.theirs.map(({ field }) => field)).toEqual(['recommendation.1', 'recommendation.2']);
    expect(toReportForm(result.draft)).toEqual({
      conclusion: 'Kết luận mới.',
      recommendations: [{ text: SECOND }],
    });
    expect(reportDraft(typed('', []))).toEqual({ conclusion: '', recommendations: [] });
  });
});

describe('formatReportValue and reportFieldLabel', () => {
  const t = (key: string, options?: Record<string, unknown>) =>
    options ? `${key} ${JSON.stringify(options)}` : key;
  const number = (value: number) => value.toLocaleString('vi-VN');

  it('shows a short text whole, a long one by its start and length, and no value as (empty)', () => {
    expect(formatReportValue(t, number, SECOND)).toBe(SECOND);
    const long = `${'Hội đồng thống nhất. '.repeat(20)}Kết thúc.`;
    expect(formatReportValue(t, number, long)).toBe(
      `conflict.longText {"start":"${long.slice(0, 300).trimEnd()}","count":"${number(long.length)}"}`,
    );
    expect(formatReportValue(t, number, null)).toBe('conflict.none');
    expect(formatReportValue(t, number, '')).toBe('conflict.none');
  });

  it('labels fields as the form does', () => {
    expect(reportFieldLabel(t, 'conclusion')).toBe('conclusion');
    expect(reportFieldLabel(t, 'recommendation.12')).toBe('recommendation {"number":"12"}');
  });
});

describe('saving the draft through useEditSession', () => {
  it('gives the save the whole draft, and after a 412 and a reapply the merged one with the new ETag', async () => {
    const sent: Array<{ etag: string; draft: unknown }> = [];
    const send = vi.fn((_patch: Record<string, unknown>, etag: string, draft: Record<string, unknown>) => {
      sent.push({ etag, draft: reportDraft(draft) });
      return etag === '"1"'
        ? Promise.reject(new ApiProblem(412, undefined, { title: 'stale', detail: 'stale' }))
        : Promise.resolve();
    });
    const current = { data: report(CONCLUSION, [FIRST, SECOND, 'Công bố dữ liệu']), etag: '"2"' };
    const { result } = renderHook(() => {
      const [form] = Form.useForm();
      return useEditSession<Base, { current: typeof current }>({
        form,
        fields: REPORT_FIELDS,
        initial: { values: loaded, etag: '"1"' },
        send,
        load: () => Promise.resolve({ current }),
        baseIn: ({ current: { data, etag } }) => ({ values: reportValues(data), etag }),
        fromForm: fromReportForm,
        toForm: (values) => toReportForm(values) as Record<string, unknown>,
        savedText: 'saved',
        unchangedText: 'unchanged',
        onSaved: () => undefined,
      });
    });
    const mine = typed('Hội đồng đề nghị bổ sung.', [FIRST, SECOND]);
    await act(async () => {
      expect(await result.current.save(mine)).toBe('conflict');
    });
    let draft: Record<string, unknown> | undefined;
    act(() => {
      draft = result.current.reapply();
    });
    await act(async () => {
      expect(await result.current.save(draft!)).toBe('saved');
    });
    expect(sent).toEqual([
      {
        etag: '"1"',
        draft: {
          conclusion: 'Hội đồng đề nghị bổ sung.',
          recommendations: [{ text: FIRST }, { text: SECOND }],
        },
      },
      {
        etag: '"2"',
        draft: {
          conclusion: 'Hội đồng đề nghị bổ sung.',
          recommendations: [{ text: FIRST }, { text: SECOND }, { text: 'Công bố dữ liệu' }],
        },
      },
    ]);
  });
});

describe('Generate with unsaved typing in the draft', () => {
  const session = (send: () => Promise<unknown> = vi.fn(() => Promise.resolve())) =>
    renderHook(
      () => {
        const [form] = Form.useForm();
        return useEditSession<Base, { current: never }>({
          form,
          fields: REPORT_FIELDS,
          initial: { values: loaded, etag: '"1"' },
          send,
          load: () => Promise.reject(new Error('no conflict here')),
          baseIn: () => null,
          fromForm: fromReportForm,
          toForm: (values) => toReportForm(values) as Record<string, unknown>,
          savedText: 'saved',
          unchangedText: 'unchanged',
          onSaved: () => undefined,
        });
      },
      { wrapper: App },
    );
  const form = (conclusion: string, texts: string[]) => ({
    conclusion,
    recommendations: texts.map((text) => ({ text })),
  });

  it('generates at once when the form holds the stored draft', () => {
    const { result } = session();
    expect(result.current.unsaved(form(CONCLUSION, [FIRST, SECOND]))).toBe(false);
    expect(generateStep(result.current.unsaved(form(CONCLUSION, [FIRST, SECOND])))).toBe('generate');
    // an empty recommendation box added and left empty is no change either
    expect(result.current.unsaved(form(CONCLUSION, [FIRST, SECOND, '']))).toBe(false);
  });

  it('asks first when the conclusion or a recommendation was typed, added or removed', () => {
    const { result } = session();
    for (const typedForm of [
      form(`${CONCLUSION} Bổ sung.`, [FIRST, SECOND]),
      form(CONCLUSION, [FIRST, `${SECOND} cho hộ nuôi`]),
      form(CONCLUSION, [FIRST, SECOND, 'Thí điểm tại Vân Phong']),
      form(CONCLUSION, [FIRST]),
    ]) {
      expect(result.current.unsaved(typedForm)).toBe(true);
      expect(generateStep(result.current.unsaved(typedForm))).toBe('ask');
    }
  });

  it('tells "save, then generate" whether the save went through', async () => {
    const send = vi.fn(() => Promise.resolve());
    const { result } = session(send);
    await act(async () => {
      expect(await result.current.submit(form('Kết luận mới.', [FIRST, SECOND]))).toBe('saved');
    });
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => {
      expect(await result.current.submit(form(CONCLUSION, [FIRST, SECOND]))).toBe('unchanged');
    });
    const refused = session(() =>
      Promise.reject(new ApiProblem(422, undefined, { title: 'x', detail: 'x' })),
    );
    await act(async () => {
      expect(await refused.result.current.submit(form('Kết luận mới.', []))).toBeUndefined();
    });
  });
});

describe('sendStep', () => {
  it('asks first with unsaved changes (they would not be sent), otherwise only confirms', () => {
    expect(sendStep(true)).toBe('ask');
    expect(sendStep(false)).toBe('confirm');
  });
});

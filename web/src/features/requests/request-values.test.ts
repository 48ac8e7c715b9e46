import { describe, expect, it } from 'vitest';
import { editsOf, rebase } from '../edit-session/merge';
import {
  formatRequestValue,
  fromRequestForm,
  REQUEST_FIELDS,
  requestBody,
  requestValues,
  toRequestForm,
} from './request-values';
import type { ReviewRequest } from './requests-api';

const stored = {
  id: 'r1',
  kind: 'critique',
  title: 'Phản biện đề án kè sông Cái',
  summary: 'Kè bờ tả sông Cái dài 3 km.',
  proposalText: 'Thuyết minh đề án\nPhần 1',
  fieldCodes: ['405'],
  panelSizeMin: 5,
  panelSizeMax: 7,
  deadline: '2099-06-30',
  opinionsAttributed: true,
  opinionsVisibleToMembers: false,
  drafters: [
    { id: 'd1', intellectualId: 'i1', name: 'Nguyễn Thị Minh Châu', organizationId: null },
    { id: 'd2', intellectualId: null, name: 'Lê Văn Sơn', organizationId: null },
  ],
} as unknown as ReviewRequest;

const loaded = requestValues(stored);
/** The form as the user left it: the stored values, typed over. */
const typed = (changes: Record<string, unknown>) => fromRequestForm({ ...toRequestForm(loaded), ...changes });

describe('the request form on the shared edit session', () => {
  it('sends nothing when the form holds the loaded values, blanks and trailing spaces included', () => {
    expect(editsOf(loaded, typed({}), REQUEST_FIELDS)).toEqual({});
    expect(editsOf(loaded, typed({ title: `${stored.title}  ` }), REQUEST_FIELDS)).toEqual({});
  });

  it('reapplies my title on their summary and panel size, sending only mine', () => {
    const theirs = requestValues({ ...stored, summary: 'Kè dài 3,5 km.', panelSizeMax: 9 });
    const result = rebase(loaded, typed({ title: 'Kè sông Cái, đoạn Nha Trang' }), theirs, REQUEST_FIELDS);
    expect(result.theirs).toEqual([
      { field: 'summary', before: stored.summary, after: 'Kè dài 3,5 km.' },
      { field: 'panelSizeMax', before: 7, after: 9 },
    ]);
    expect(result.overlapping).toEqual([]);
    expect(result.patch).toEqual({ title: 'Kè sông Cái, đoạn Nha Trang' });
    expect(toRequestForm(result.draft)).toMatchObject({
      title: 'Kè sông Cái, đoạn Nha Trang',
      summary: 'Kè dài 3,5 km.',
      panelSizeMax: 9,
    });
  });

  it('sees a drafter they removed, and names the drafters we both changed', () => {
    const theirs = requestValues({ ...stored, drafters: stored.drafters.slice(0, 1) });
    const mine = typed({ drafters: [...toRequestForm(loaded).drafters!, { name: 'Phạm Hòa' }] });
    const result = rebase(loaded, mine, theirs, REQUEST_FIELDS);
    expect(result.theirs.map(({ field }) => field)).toEqual(['drafters']);
    expect(result.overlapping).toEqual(['drafters']);
  });

  it('sends a linked drafter by profile, a typed one by name, and a cleared proposal as null', () => {
    const patch = editsOf(
      loaded,
      typed({ proposalText: '   ', drafters: toRequestForm(loaded).drafters }),
      REQUEST_FIELDS,
    );
    expect(patch).toEqual({ proposalText: null });
    expect(requestBody({ drafters: loaded.drafters })).toEqual({
      drafters: [
        { intellectualId: 'i1', organizationId: undefined },
        { name: 'Lê Văn Sơn', organizationId: undefined },
      ],
    });
  });
});

describe('formatRequestValue', () => {
  const t = (key: string, options?: Record<string, unknown>) =>
    options ? `${key} ${JSON.stringify(options)}` : key;
  const helpers = {
    nameOf: (code: string) => (code === '405' ? 'Kỹ thuật môi trường' : code),
    date: (value: string) => value.split('-').reverse().join('/'),
    number: (value: number) => value.toLocaleString('vi-VN'),
  };
  const format = (field: string, value: unknown) => formatRequestValue(t, helpers, field, value);

  it('shows a proposal by its length and first line, not its whole text', () => {
    expect(format('proposalText', `\n${'Thuyết minh '.repeat(10)}\nPhần 1`)).toBe(
      `conflict.proposal {"count":"128","firstLine":"${'Thuyết minh '.repeat(10).slice(0, 80)}…"}`,
    );
  });

  it('names codes, dates, drafters and yes or no; no value is (empty)', () => {
    expect(format('kind', 'critique')).toBe('kinds.critique');
    expect(format('fieldCodes', ['405'])).toBe('Kỹ thuật môi trường');
    expect(format('deadline', '2099-06-30')).toBe('30/06/2099');
    expect(format('drafters', loaded.drafters)).toBe('Nguyễn Thị Minh Châu, Lê Văn Sơn');
    expect(format('opinionsAttributed', false)).toBe('conflict.no');
    expect(format('proposalText', null)).toBe('conflict.none');
    expect(format('drafters', [])).toBe('conflict.none');
  });
});

import { describe, expect, it } from 'vitest';
import { readWorkforceParams, toSearchParams, workbookHref } from './workforce-query';

describe('the breakdown in the address bar', () => {
  it('reads rows and columns from by=, and drops unknown or repeated dimensions', () => {
    expect(readWorkforceParams(new URLSearchParams('by=field,gender&at=2026-01-01'))).toEqual({
      rows: 'field',
      columns: 'gender',
      at: '2026-01-01',
      purpose: undefined,
    });
    expect(readWorkforceParams(new URLSearchParams('by=planet,gender'))).toMatchObject({
      rows: undefined,
      columns: undefined,
    });
    expect(readWorkforceParams(new URLSearchParams('by=gender,gender'))).toMatchObject({
      rows: 'gender',
      columns: undefined,
    });
  });

  it('keeps a purpose only with a sensitive dimension, and downloads exactly what is shown', () => {
    expect(toSearchParams({ rows: 'sector', purpose: 'báo cáo' }).toString()).toBe('by=sector');
    const sensitive = { rows: 'ethnicMinority', columns: 'gender', purpose: 'báo cáo' } as const;
    expect(readWorkforceParams(toSearchParams(sensitive))).toEqual({ ...sensitive, at: undefined });
    expect(workbookHref('open-data', { rows: 'field', at: '2025-12-31' })).toBe(
      '/api/v1/open-data/workforce.xlsx?by=field&at=2025-12-31',
    );
  });
});

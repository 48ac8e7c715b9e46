import { describe, expect, it } from 'vitest';
import {
  fromSheetForm,
  roundTotal,
  sheetBody,
  sheetFields,
  sheetValues,
  toSheetForm,
  weightedTotal,
} from './sheet-values';

const CRITERIA = [
  { code: 'innovation', name: 'Tính mới, sáng tạo', weight: 2 },
  { code: 'impact', name: 'Hiệu quả ứng dụng', weight: 1 },
];

describe('weightedTotal', () => {
  it('is Σ weight·score / Σ weight, as the server totals a sheet', () => {
    expect(weightedTotal(CRITERIA, { innovation: 80, impact: 71 })).toBe(77);
    expect(roundTotal(weightedTotal(CRITERIA, { innovation: 70, impact: 72.5 })!)).toBe(70.83);
  });

  it('is null until every criterion is scored', () => {
    expect(weightedTotal(CRITERIA, { innovation: 80 })).toBeNull();
    expect(weightedTotal(CRITERIA, { innovation: 80, impact: null })).toBeNull();
    expect(weightedTotal([], {})).toBeNull();
  });

  it('counts a zero score', () => {
    expect(weightedTotal(CRITERIA, { innovation: 0, impact: 90 })).toBe(30);
  });
});

describe('the sheet form and the body it sends', () => {
  const stored = { criteria: CRITERIA, scores: { innovation: 80 }, comment: 'Tốt' };

  it('compares each criterion by the name the API gives its field', () => {
    expect(sheetFields(CRITERIA)).toEqual(['scores.innovation', 'scores.impact', 'comment']);
    expect(sheetValues(stored)).toEqual({ 'scores.innovation': 80, 'scores.impact': null, comment: 'Tốt' });
  });

  it('goes to the form and back unchanged', () => {
    const values = sheetValues(stored);
    expect(fromSheetForm(toSheetForm(values) as Record<string, unknown>)).toEqual(values);
  });

  it('sends only the criteria scored, with the comment', () => {
    expect(sheetBody(fromSheetForm({ scores: { innovation: 80, impact: null }, comment: 'Tốt' }))).toEqual({
      scores: { innovation: 80 },
      comment: 'Tốt',
    });
    expect(sheetBody(fromSheetForm({}))).toEqual({ scores: {}, comment: '' });
  });
});

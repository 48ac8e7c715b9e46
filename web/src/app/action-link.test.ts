import { ApiProblem } from '../api/problem';
import { linkRefusalOf, tokenOf } from './action-link';

const FALLBACK = { title: 'x', detail: 'x' };
const problem = (status: number, code: string, fields: string[] = []) =>
  new ApiProblem(
    status,
    {
      type: 'about:blank',
      title: code,
      titleVi: code,
      status,
      detail: code,
      detailVi: code,
      code,
      instance: '/',
      requestId: 'r',
      errors: fields.map((field) => ({ field, message: 'bad', messageVi: 'sai' })),
    } as never,
    FALLBACK,
  );

describe('mailed links', () => {
  it('reads the token from the fragment only', () => {
    expect(tokenOf('#token=abc_-1')).toBe('abc_-1');
    expect(tokenOf('')).toBeNull();
    expect(tokenOf('#other=1')).toBeNull();
  });

  it('tells a used, expired or unknown link from a problem of the form', () => {
    expect(linkRefusalOf(problem(410, 'ACTION_TOKEN_USED'))).toBe('used');
    expect(linkRefusalOf(problem(410, 'ACTION_TOKEN_EXPIRED'))).toBe('expired');
    expect(linkRefusalOf(problem(404, 'ACTION_TOKEN_INVALID'))).toBe('invalid');
    expect(linkRefusalOf(problem(400, 'VALIDATION_FAILED', ['token']))).toBe('invalid');
    // a refused answer (a reason too long, the campaign closed) stays on the form
    expect(linkRefusalOf(problem(400, 'VALIDATION_FAILED', ['reason']))).toBeNull();
    expect(linkRefusalOf(problem(409, 'NOMINATIONS_CLOSED'))).toBeNull();
    expect(linkRefusalOf(new Error('network'))).toBeNull();
    expect(linkRefusalOf(null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { downloadFailure } from './download-failure';

describe('a failed download in words', () => {
  it('tells an expired link from a missing file and a refused one', () => {
    expect(downloadFailure({ status: 410, code: 'ACTION_TOKEN_EXPIRED' })).toBe('expired');
    expect(downloadFailure({ status: 404, code: 'NOT_FOUND' })).toBe('notFound');
    expect(downloadFailure({ status: 404, code: 'ACTION_TOKEN_INVALID' })).toBe('notFound');
    expect(downloadFailure({ status: 403, code: 'FORBIDDEN' })).toBe('forbidden');
    expect(downloadFailure({ status: 401, code: 'SESSION_EXPIRED' })).toBe('signedOut');
  });

  it('says the store is not answering for 503, any 5xx and no answer at all', () => {
    expect(downloadFailure({ status: 503, code: 'SERVICE_UNAVAILABLE' })).toBe('unavailable');
    expect(downloadFailure({ status: 502, code: 'UNEXPECTED_RESPONSE' })).toBe('unavailable');
    expect(downloadFailure({ status: 0, code: 'NETWORK_ERROR' })).toBe('unavailable');
  });

  it('falls back to a plain failure for anything else', () => {
    expect(downloadFailure({ status: 400, code: 'VALIDATION_FAILED' })).toBe('failed');
    expect(downloadFailure({ status: 200, code: 'UNEXPECTED_RESPONSE' })).toBe('failed');
  });
});

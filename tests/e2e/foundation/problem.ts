import type { Response } from 'supertest';
import type { ErrorCode } from '../../../src/common/errors/domain-error';

/** A stack frame as V8 prints it ("at fn (/path/file.js:10:5)"), or a file path with line numbers. */
const STACK_TRACE = /\bat .+\(?.+:\d+:\d+\)?|\.(?:ts|js):\d+:\d+|node_modules/;

/**
 * Asserts that a response is RFC 9457 problem details with this status and code, in the one shape the
 * API answers errors with, without a stack trace; returns the body for further checks.
 */
export function expectProblem(
  response: Response,
  status: number,
  code: ErrorCode,
  options: { fields?: string[] } = {},
) {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toEqual({
    type: expect.stringMatching(/^https:\/\/.+\/problems\/[a-z-]+$/),
    title: expect.any(String),
    titleVi: expect.any(String),
    status,
    detail: expect.any(String),
    detailVi: expect.any(String),
    code,
    instance: expect.stringMatching(/^\//),
    requestId: expect.any(String),
    errors: expect.any(Array),
  });
  for (const problem of response.body.errors) {
    expect(problem).toEqual({
      field: expect.any(String),
      message: expect.any(String),
      messageVi: expect.any(String),
    });
  }
  if (options.fields) {
    expect([
      ...new Set((response.body.errors as Array<{ field: string }>).map((problem) => problem.field)),
    ]).toEqual(options.fields);
  }
  expect(response.text).not.toMatch(STACK_TRACE);
  return response.body as { detail: string; errors: Array<{ field: string; message: string }> };
}

/** Matches null or any string (for nullable text columns). */
export const nullOrString = {
  asymmetricMatch: (actual: unknown) => actual === null || typeof actual === 'string',
  toString: () => 'nullOrString',
  toAsymmetricMatcher: () => 'nullOrString',
};

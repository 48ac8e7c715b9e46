import { Result } from 'antd';
import type { ReactNode } from 'react';
import { ApiProblem } from '../api/client';

/** The token in a mailed link's fragment (#token=…), which no server ever sees in a request line. */
export function tokenOf(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

/** Why a mailed link cannot be used: each page says it in its own words (`link.<kind>`). */
export type LinkRefusal = 'missing' | 'used' | 'expired' | 'invalid';

/**
 * The refusal an API failure means for the link (410 used or expired; 404, or 400 about the token
 * itself, unknown), or null: other problems belong to the form that sent them.
 */
export function linkRefusalOf(error: unknown): Exclude<LinkRefusal, 'missing'> | null {
  if (!(error instanceof ApiProblem)) return null;
  if (error.code === 'ACTION_TOKEN_USED') return 'used';
  if (error.code === 'ACTION_TOKEN_EXPIRED') return 'expired';
  if (error.status === 404 || (error.status === 400 && 'token' in error.fieldErrors)) return 'invalid';
  return null;
}

/** The page a link that cannot be used opens to: what happened, and where to go instead. */
export function LinkProblem({ title, detail, action }: { title: string; detail: string; action: ReactNode }) {
  return (
    <Result
      status="warning"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={detail}
      extra={action}
    />
  );
}

/**
 * Where to go after signing in: only a path on this site (never "//evil.example" or "https://…"), so a
 * crafted sign-in link cannot send someone elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next.startsWith('/sign-in')) return undefined;
  return next;
}

export function signInPath(next: string, reason?: 'expired'): string {
  const params = new URLSearchParams({ next });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params.toString()}`;
}

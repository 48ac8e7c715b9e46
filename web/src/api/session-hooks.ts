/**
 * What the API client needs from the signed-in session, without importing the session provider (which
 * imports the client): the CSRF token to send and whom to tell when the server says the session ended.
 */
let csrfToken: string | undefined;
let expiredListener: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | undefined {
  return csrfToken;
}

export function onSessionExpired(listener: (() => void) | undefined): void {
  expiredListener = listener;
}

export function notifySessionExpired(): void {
  expiredListener?.();
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { setCsrfToken } from '../api/session-hooks';

export type Session = Schemas['SessionView'];
export type Permission = Session['permissions'][number];

interface SessionState {
  /** undefined while the first answer is awaited, null when nobody is signed in. */
  session: Session | null | undefined;
  /** The browser still holds a session the server has ended (idle or too old): say so at sign-in. */
  expired: boolean;
  /** Asking who is signed in failed (the service is down or unreachable), after the retries. */
  error: unknown;
  retry: () => void;
  can: (permission: Permission) => boolean;
  signIn: (email: string, password: string) => Promise<Session>;
  signOut: () => Promise<void>;
  /** The server ended the session: forget it here (the next protected page asks to sign in). */
  forget: () => void;
}

const SESSION_KEY = ['session'] as const;
const SessionContext = createContext<SessionState | undefined>(undefined);

interface SessionAnswer {
  session: Session | null;
  expired: boolean;
}

async function fetchSession(): Promise<SessionAnswer> {
  const result = await api.GET('/auth/session');
  if (result.response.status === 401) {
    const code = (result.error as { code?: string } | undefined)?.code;
    return { session: null, expired: code === 'SESSION_EXPIRED' };
  }
  return { session: await unwrap(Promise.resolve(result)), expired: false };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data, error, refetch } = useQuery({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    staleTime: 60_000,
  });
  const session = data?.session;

  useEffect(() => setCsrfToken(session?.csrfToken), [session]);

  const forget = useCallback(() => {
    setCsrfToken(undefined);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData<SessionAnswer>(SESSION_KEY, { session: null, expired: true });
  }, [queryClient]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      expired: data?.expired ?? false,
      error: data ? undefined : error,
      retry: () => void refetch(),
      can: (permission) => session?.permissions.includes(permission) ?? false,
      async signIn(email, password) {
        const signedIn = await unwrap(api.POST('/auth/session', { body: { email, password } }));
        setCsrfToken(signedIn.csrfToken);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
        queryClient.setQueryData<SessionAnswer>(SESSION_KEY, { session: signedIn, expired: false });
        return signedIn;
      },
      async signOut() {
        await unwrap(api.DELETE('/auth/session'));
        setCsrfToken(undefined);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
        queryClient.setQueryData<SessionAnswer>(SESSION_KEY, { session: null, expired: false });
      },
      forget,
    }),
    [data, error, refetch, session, queryClient, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The page a person lands on after signing in, by what they may do. */
export function homePathFor(session: Session): string {
  const may = (permission: Permission) => session.permissions.includes(permission);
  if (may('imports.run')) return '/officer';
  if (may('search.staff')) return '/experts';
  if (may('requests.manage')) return '/review-requests';
  if (may('requests.submit')) return '/agency/requests';
  if (may('own-profile.edit')) return '/me';
  if (may('accounts.manage')) return '/admin/accounts';
  return '/';
}

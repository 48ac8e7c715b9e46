import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '../api/session-hooks';
import { signInPath } from './next-path';
import { useSession } from './session';

/** When any call finds the session expired: back to sign-in, with a message, returning here after. */
export function SessionExpiryRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const { forget } = useSession();
  useEffect(() => {
    onSessionExpired(() => {
      forget();
      void navigate(signInPath(location.pathname + location.search, 'expired'), { replace: true });
    });
    return () => onSessionExpired(undefined);
  }, [navigate, location, forget]);
  return null;
}

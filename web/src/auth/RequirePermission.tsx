import { Spin } from 'antd';
import { AccessDenied } from '../app/AccessDenied';
import { ProblemAlert } from '../app/ProblemAlert';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { signInPath } from './next-path';
import { useSession, type Permission } from './session';

/** Shows its children to whoever has the permission; asks others to sign in, or says they may not. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { session, expired, error, retry, can } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  // without an answer, say why and offer to ask again, rather than spin for ever
  if (session === undefined && error) return <ProblemAlert error={error} onRetry={retry} />;
  if (session === undefined) return <Spin fullscreen description={t('actions.loading')} />;
  if (session === null)
    return (
      <Navigate
        replace
        to={signInPath(location.pathname + location.search, expired ? 'expired' : undefined)}
      />
    );
  if (!can(permission)) return <AccessDenied />;
  return children;
}

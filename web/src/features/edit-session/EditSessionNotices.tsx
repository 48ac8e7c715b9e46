import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import type { Reapplied } from './use-edit-session';

/**
 * What an edit form shows where the user saves: someone else's change after a 412 (the form's
 * ConflictNotice), that the user's changes were reapplied, or why the server refused the save.
 */
export function EditSessionNotices({
  session,
  conflict,
}: {
  session: { conflict?: unknown; reapplied?: Reapplied; problem?: unknown };
  /** The form's ConflictNotice, shown while there is a conflict. */
  conflict: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {session.conflict ? conflict : null}
      {session.reapplied && !session.conflict && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={t(session.reapplied === 'changes' ? 'conflict.reapplied' : 'conflict.nothingLeft')}
        />
      )}
      <ProblemAlert error={session.problem} />
    </>
  );
}

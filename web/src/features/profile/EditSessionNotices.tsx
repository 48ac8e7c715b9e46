import { Alert } from 'antd';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ConflictPanel } from './ConflictPanel';
import { useDisplay } from './display';
import type { PartKind } from './model';
import type { EditSession } from './use-edit-session';

/**
 * What an edit form shows above its fields: someone else's change after a 412 (with reapply and
 * discard), that the user's changes were reapplied, or why the server refused the save.
 */
export function EditSessionNotices({
  session,
  labelOf,
  kind,
  onDiscard,
}: {
  session: EditSession;
  labelOf: (field: string) => string;
  kind?: PartKind;
  /** After the user drops their changes (the page shows the current version). */
  onDiscard: () => void;
}) {
  const { t } = useDisplay();
  return (
    <>
      {session.conflict && (
        <ConflictPanel
          conflict={session.conflict}
          kind={kind}
          labelOf={labelOf}
          onReapply={session.reapplyInForm}
          onDiscard={() => {
            session.discard();
            onDiscard();
          }}
        />
      )}
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

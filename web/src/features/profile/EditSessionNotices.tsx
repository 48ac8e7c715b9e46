import { EditSessionNotices as SharedNotices } from '../edit-session/EditSessionNotices';
import { ConflictPanel } from './ConflictPanel';
import type { PartKind } from './model';
import type { EditSession } from './use-edit-session';

/** The shared edit-form notices, with the profile's conflict panel. */
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
  return (
    <SharedNotices
      session={session}
      conflict={
        session.conflict && (
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
        )
      }
    />
  );
}

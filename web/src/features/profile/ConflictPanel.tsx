import { formatDateTime } from '../../i18n/format';
import { ConflictNotice } from '../edit-session/ConflictNotice';
import type { Conflict } from '../edit-session/use-edit-session';
import { actionLabel, useDisplay } from './display';
import type { PartKind } from './model';
import type { Current } from './use-edit-session';

/**
 * "Someone else changed this profile": the shared notice, with who and when (from the history after
 * the version the user started from) and values as the profile shows them.
 */
export function ConflictPanel({
  conflict,
  labelOf,
  kind,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict<Current>;
  labelOf: (field: string) => string;
  kind?: PartKind;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t, format } = useDisplay();
  const { events } = conflict;
  return (
    <ConflictNotice
      title={t('conflict.title')}
      intro={t('conflict.intro')}
      details={
        events.length > 0 && (
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                {actionLabel(t, event.action)}
                {': '}
                {t('conflict.by', {
                  who: event.actor?.email ?? t('profile.system'),
                  date: formatDateTime(event.at),
                })}
              </li>
            ))}
          </ul>
        )
      }
      result={conflict.result}
      removedText={t('conflict.itemRemoved')}
      noVisibleChangesText={t('conflict.noVisibleChanges')}
      labelOf={labelOf}
      format={(field, value) => format(field, value, kind)}
      onReapply={onReapply}
      onDiscard={onDiscard}
    />
  );
}

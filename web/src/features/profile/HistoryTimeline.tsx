import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../i18n/format';
import { changesOnly } from './conflict';
import { actionLabel, changeLabel, useDisplay } from './display';
import type { HistoryEvent } from './model';

/**
 * The profile's changes, newest first: who, when, what, and each change before → after (the audited
 * reads of restricted facts, which change nothing, are left out).
 */
export function HistoryTimeline({ events: all }: { events: readonly HistoryEvent[] }) {
  const { t, format } = useDisplay();
  const events = changesOnly(all);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('profile.history')}</h2>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('profile.historyEmpty')} />
      ) : (
        <Timeline
          items={events.map((event) => ({
            key: event.id,
            content: (
              <div>
                <Typography.Text strong>{actionLabel(t, event.action)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {t('conflict.by', {
                      who: event.actor?.email ?? t('profile.system'),
                      date: formatDateTime(event.at),
                    })}
                  </Typography.Text>
                </div>
                {Object.keys(event.changes).length > 0 && (
                  <ul>
                    {Object.entries(event.changes).map(([key, change]) => {
                      const { label, name, kind } = changeLabel(t, key);
                      return (
                        <li key={key}>
                          {label}
                          {': '}
                          <del>{format(name, change.before, kind)}</del>
                          {' → '}
                          <ins style={{ textDecoration: 'none', fontWeight: 600 }}>
                            {format(name, change.after, kind)}
                          </ins>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}

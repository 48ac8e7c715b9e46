import { Alert, Button, Space, Table, Typography } from 'antd';
import { formatDateTime } from '../../i18n/format';
import { actionLabel, useDisplay } from './display';
import type { PartKind } from './model';
import type { Conflict } from './use-edit-session';

/**
 * "Someone else changed this profile": who and when (from the history after the version the user
 * started from), what they changed in the fields being edited (before → after), and the way on:
 * reapply mine on top of the current version, or drop mine.
 */
export function ConflictPanel({
  conflict,
  labelOf,
  kind,
  onReapply,
  onDiscard,
}: {
  conflict: Conflict;
  labelOf: (field: string) => string;
  kind?: PartKind;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t, format } = useDisplay();
  const { result, events } = conflict;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('conflict.title')}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('conflict.intro')}</span>
          {events.length > 0 && (
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
          )}
          {result === null ? (
            <Typography.Text strong>{t('conflict.itemRemoved')}</Typography.Text>
          ) : result.theirs.length === 0 ? (
            <span>{t('conflict.noVisibleChanges')}</span>
          ) : (
            <>
              <Typography.Text strong>{t('conflict.theirChanges')}</Typography.Text>
              <Table
                size="small"
                pagination={false}
                rowKey="field"
                scroll={{ x: 'max-content' }}
                dataSource={result.theirs}
                columns={[
                  {
                    title: t('conflict.field'),
                    dataIndex: 'field',
                    render: (field: string) => labelOf(field),
                  },
                  {
                    title: t('conflict.before'),
                    key: 'before',
                    render: (_: unknown, diff) => format(diff.field, diff.before, kind),
                  },
                  {
                    title: t('conflict.after'),
                    key: 'after',
                    render: (_: unknown, diff) => format(diff.field, diff.after, kind),
                  },
                ]}
              />
            </>
          )}
          {result && result.overlapping.length > 0 && (
            <Typography.Text type="danger">
              {t('conflict.overlapping', { fields: result.overlapping.map(labelOf).join(', ') })}
            </Typography.Text>
          )}
          <Space wrap>
            {result && (
              <Button type="primary" onClick={onReapply}>
                {t('conflict.reapply')}
              </Button>
            )}
            <Button onClick={onDiscard}>{t('conflict.discard')}</Button>
          </Space>
        </Space>
      }
    />
  );
}

import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDiff, Rebased } from './merge';

/**
 * "Someone else changed this …" after a 412: what they changed in the fields being edited (the
 * value the user started from → the stored one), the fields both changed, and the way on: reapply
 * mine on top of the current version, or drop mine. Announced (role=alert) where the user saved.
 */
export function ConflictNotice({
  title,
  intro,
  details,
  result,
  removedText,
  noVisibleChangesText,
  labelOf,
  format,
  reapplyLabel,
  discardLabel,
  onReapply,
  onDiscard,
}: {
  title: string;
  intro: string;
  /** More about the other change (who, when). */
  details?: ReactNode;
  /** null: the edited item is gone, nothing to reapply on. */
  result: Rebased | null;
  removedText?: string;
  noVisibleChangesText: string;
  labelOf: (field: string) => string;
  format: (field: string, value: unknown) => ReactNode;
  reapplyLabel?: string;
  discardLabel?: string;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={title}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{intro}</span>
          {details}
          {result === null ? (
            <Typography.Text strong>{removedText}</Typography.Text>
          ) : result.theirs.length === 0 ? (
            <span>{noVisibleChangesText}</span>
          ) : (
            <>
              <Typography.Text strong>{t('conflict.theirChanges')}</Typography.Text>
              <Table<FieldDiff>
                size="small"
                pagination={false}
                rowKey="field"
                // no sideways scroll region: on a phone the values wrap in their cells
                tableLayout="fixed"
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
                    render: (_: unknown, diff) => format(diff.field, diff.before),
                  },
                  {
                    title: t('conflict.after'),
                    key: 'after',
                    render: (_: unknown, diff) => format(diff.field, diff.after),
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
                {reapplyLabel ?? t('conflict.reapply')}
              </Button>
            )}
            <Button onClick={onDiscard}>{discardLabel ?? t('conflict.discard')}</Button>
          </Space>
        </Space>
      }
    />
  );
}

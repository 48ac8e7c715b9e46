import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { usePageTitle } from '../../app/page-title';
import { formatDateTime } from '../../i18n/format';
import { useMySheets, type MySheets } from '../../features/scoring/scoring-api';
import { SheetStateTag } from './SheetStateTag';
import { useRoundRef } from './round-ref';

type Item = MySheets['items'][number];

/** A council member's nominees in the round, with the state of their own sheet for each. */
export default function MyRoundPage() {
  const ref = useRoundRef();
  const { t } = useTranslation('scoring');
  const title = t('round.title', { round: ref.round });
  usePageTitle(title);
  const mine = useMySheets(ref);
  const view = mine.data;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{title}</Typography.Title>
      {mine.error ? <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.isPending && <Skeleton active />}
      {view && (
        <>
          <Typography.Paragraph>{t('round.role', { role: t(`roles.${view.role}`) })}</Typography.Paragraph>
          <Alert
            type={view.scoringOpen ? 'info' : 'warning'}
            showIcon
            title={t(view.scoringOpen ? 'round.open' : 'round.closed')}
          />
          {view.recusedCount > 0 && (
            <Typography.Paragraph>{t('round.recused', { count: view.recusedCount })}</Typography.Paragraph>
          )}
          {(view.role === 'secretary' || view.role === 'chair') && (
            <div>
              <ButtonLink to={`${ref.base}/overview`}>{t('round.overview')}</ButtonLink>
            </div>
          )}
          <MySheetsTable items={view.items} sheetTo={(id) => `${ref.base}/sheets/${id}`} />
        </>
      )}
    </Flex>
  );
}

/** The member's nominees with their sheet's state; each name opens its sheet (`sheetTo`). */
export function MySheetsTable({ items, sheetTo }: { items: Item[]; sheetTo: (nominationId: string) => To }) {
  const { t } = useTranslation('scoring');
  return (
    <ResponsiveTable<Item>
      rowKey="nominationId"
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('round.empty') }}
      columns={[
        {
          key: 'nominee',
          title: t('round.nominee'),
          render: (item) => <Link to={sheetTo(item.nominationId)}>{item.nomineeName}</Link>,
        },
        { key: 'work', title: t('round.work'), render: (item) => item.workTitle },
        { key: 'category', title: t('round.category'), render: (item) => item.category },
        {
          key: 'state',
          title: t('round.state'),
          render: (item) => <SheetStateTag state={item.state} />,
        },
        {
          key: 'submittedAt',
          title: t('round.submittedAt'),
          render: (item) => (item.submittedAt ? formatDateTime(item.submittedAt) : null),
        },
      ]}
    />
  );
}

import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { usePageTitle } from '../../app/page-title';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useMyRounds } from '../../features/scoring/scoring-api';

type Row = Schemas['CouncilRoundView'];

/** /council: the rounds the signed-in intellectual sits on, each leading to their nominees. */
export default function MyRoundsPage() {
  const { t } = useTranslation('scoring');
  usePageTitle(t('myRounds.title'));
  const rounds = useMyRounds();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('myRounds.title')}</Typography.Title>
      <Typography.Paragraph>{t('myRounds.intro')}</Typography.Paragraph>
      {rounds.error ? <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.isPending && <Skeleton active />}
      {rounds.data && (
        <ResponsiveTable<Row>
          rowKey={(row) => `${row.campaignId}-${row.round}`}
          dataSource={rounds.data.items}
          pagination={false}
          locale={{ emptyText: t('myRounds.empty') }}
          columns={[
            {
              key: 'campaign',
              title: t('myRounds.campaign'),
              render: (row) => (
                <Link to={`/council/campaigns/${row.campaignId}/rounds/${row.round}`}>
                  {row.campaignTitle} ({row.campaignYear})
                </Link>
              ),
            },
            {
              key: 'round',
              title: t('myRounds.round'),
              render: (row) => row.roundName ?? t('myRounds.roundOf', { round: row.round }),
            },
            { key: 'role', title: t('myRounds.role'), render: (row) => t(`roles.${row.role}`) },
            { key: 'nominees', title: t('myRounds.nominees'), render: (row) => formatNumber(row.nominees) },
            {
              key: 'scoring',
              title: t('myRounds.scoring'),
              render: (row) => t(row.scoringOpen ? 'myRounds.open' : 'myRounds.closed'),
            },
          ]}
        />
      )}
    </Flex>
  );
}

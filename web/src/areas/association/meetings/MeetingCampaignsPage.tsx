import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { usePageTitle } from '../../../app/page-title';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { useUrlPage } from '../../../app/url-page';
import { formatDate } from '../../../i18n/format';

const PAGE_SIZE = 20;

/** /honor-meetings: the exemplary scientists' meetings, each leading to its invitation list. */
export default function MeetingCampaignsPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('campaigns.title'));
  const paging = useUrlPage(PAGE_SIZE);
  const campaigns = useQuery({
    queryKey: ['honor-campaigns', 'meetings', paging.window],
    queryFn: () =>
      unwrap(
        api.GET('/honor-campaigns', {
          params: { query: { kind: ['exemplary_scientist_meeting'], ...paging.window } },
        }),
      ),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('campaigns.title')}</Typography.Title>
      <Typography.Paragraph>{t('campaigns.intro')}</Typography.Paragraph>
      <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      <Table
        rowKey="id"
        loading={campaigns.isPending}
        dataSource={campaigns.data?.items}
        pagination={paging.pagination(campaigns.data?.total)}
        locale={{ emptyText: t('campaigns.empty') }}
        scroll={{ x: true }}
        columns={[
          {
            key: 'title',
            title: t('campaigns.name'),
            render: (_, campaign) => <Link to={`/honor-meetings/${campaign.id}`}>{campaign.title}</Link>,
          },
          { key: 'year', title: t('campaigns.year'), dataIndex: 'year' },
          {
            key: 'date',
            title: t('campaigns.date'),
            render: (_, campaign) =>
              campaign.ceremonyDate ? formatDate(campaign.ceremonyDate) : t('campaigns.noDate'),
          },
        ]}
      />
    </Flex>
  );
}

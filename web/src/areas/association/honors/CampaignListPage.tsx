import { PlusOutlined } from '@ant-design/icons';
import { Flex, Grid, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../app/ButtonLink';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { useUrlPage } from '../../../app/url-page';
import { CampaignStateTag } from '../../../features/honors/CampaignStateTag';
import {
  CAMPAIGN_STATES,
  useCampaignList,
  type Campaign,
  type CampaignState,
} from '../../../features/honors/campaigns-api';
import { formatDate } from '../../../i18n/format';

const PAGE_SIZE = 20;

function parseFilter(value: string | null): CampaignState | 'all' {
  return CAMPAIGN_STATES.find((state) => state === value) ?? 'all';
}

/** /honors/campaigns: every campaign, latest year first, filtered by state. */
export default function CampaignListPage() {
  const { t } = useTranslation('honors');
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const filter = parseFilter(params.get('state'));
  const paging = useUrlPage(PAGE_SIZE);
  const campaigns = useCampaignList({ states: filter === 'all' ? undefined : [filter], ...paging.window });
  // on a phone the details go under the title in one column: five columns would scroll sideways
  const wide = Grid.useBreakpoint().md ?? true;
  const nominations = (campaign: Campaign) =>
    t('dateRange', { from: formatDate(campaign.nominationsOpen), to: formatDate(campaign.nominationsClose) });
  const link = (campaign: Campaign) => <Link to={`/honors/campaigns/${campaign.id}`}>{campaign.title}</Link>;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('list.title')}</Typography.Title>
      <Typography.Paragraph>{t('list.intro')}</Typography.Paragraph>
      <Flex wrap gap="middle" justify="space-between">
        <Radio.Group
          aria-label={t('list.filter')}
          optionType="button"
          style={{ display: 'flex', flexWrap: 'wrap' }}
          value={filter}
          onChange={(event) => setParams({ state: String(event.target.value) })}
          options={[
            { value: 'all', label: t('list.all') },
            ...CAMPAIGN_STATES.map((state) => ({ value: state, label: t(`states.${state}`) })),
          ]}
        />
        <ButtonLink type="primary" icon={<PlusOutlined />} to="/honors/campaigns/new">
          {t('list.create')}
        </ButtonLink>
      </Flex>
      <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      <Table<Campaign>
        rowKey="id"
        loading={campaigns.isPending}
        dataSource={campaigns.data?.items}
        locale={{ emptyText: t('list.empty') }}
        pagination={{ ...paging.pagination(campaigns.data?.total), simple: !wide }}
        columns={
          wide
            ? [
                { key: 'title', title: t('columns.title'), render: (_, campaign) => link(campaign) },
                {
                  key: 'kind',
                  title: t('columns.kind'),
                  render: (_, campaign) => t(`kinds.${campaign.kind}`),
                },
                { key: 'year', title: t('columns.year'), dataIndex: 'year' },
                {
                  key: 'state',
                  title: t('columns.state'),
                  render: (_, campaign) => <CampaignStateTag state={campaign.state} />,
                },
                {
                  key: 'nominations',
                  title: t('columns.nominations'),
                  render: (_, campaign) => nominations(campaign),
                },
              ]
            : [
                {
                  key: 'campaign',
                  title: t('columns.title'),
                  render: (_, campaign) => (
                    <>
                      {link(campaign)}
                      <div>
                        {t(`kinds.${campaign.kind}`)} · {campaign.year}
                      </div>
                      <div>
                        <CampaignStateTag state={campaign.state} />
                      </div>
                      <div>
                        {t('columns.nominations')}: {nominations(campaign)}
                      </div>
                    </>
                  ),
                },
              ]
        }
      />
    </Flex>
  );
}

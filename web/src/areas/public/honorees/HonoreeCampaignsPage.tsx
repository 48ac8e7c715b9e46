import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client';
import { Panel } from '../../../app/Panel';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { Pager } from '../search/Pager';
import { DecisionLine } from './DecisionLine';

type Campaign = Schemas['PublicHonorCampaignView'];

const PAGE_SIZE = 20;

/** `/honorees`: the published honor campaigns, newest first, each with its decision and counts. */
export default function HonoreeCampaignsPage() {
  const { t } = useTranslation('honorees');
  usePageTitle(t('list.title'));
  const [page, setPage] = useState(1);
  const campaigns = useQuery({
    queryKey: ['public-honors', 'campaigns', page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/public/honor-campaigns', {
          params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Typography.Title level={1}>{t('list.title')}</Typography.Title>
      <Typography.Paragraph>{t('list.intro')}</Typography.Paragraph>
      {campaigns.error ? (
        <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : !campaigns.data ? (
        <div role="status" aria-busy="true" aria-label={t('list.loading')}>
          <Skeleton active />
        </div>
      ) : campaigns.data.items.length === 0 ? (
        <Empty description={t('list.empty')} />
      ) : (
        <>
          <Flex vertical gap={16} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {campaigns.data.items.map((campaign) => (
              <li key={campaign.id}>
                <CampaignCard campaign={campaign} />
              </li>
            ))}
          </Flex>
          <div style={{ marginTop: 16 }}>
            <Pager
              page={page}
              pages={Math.ceil(campaigns.data.total / PAGE_SIZE)}
              onPage={(next) => {
                setPage(next);
                window.scrollTo({ top: 0 });
              }}
            />
          </div>
        </>
      )}
    </>
  );
}

function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('honorees');
  return (
    <Panel>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        <Link to={`/honorees/${campaign.id}`}>{campaign.title}</Link>
      </Typography.Title>
      <DecisionLine campaign={campaign} />
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <strong>{t('list.honorees', { count: campaign.honorees })}</strong>
        {campaign.levels.length > 0 && ' — '}
        {campaign.levels
          .map((level) => t('list.levelCount', { level: level.name, count: level.honorees }))
          .join('; ')}
      </Typography.Paragraph>
    </Panel>
  );
}

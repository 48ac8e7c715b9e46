import { Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { Panel } from '../../app/Panel';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { usePageTitle } from '../../app/page-title';
import { useUrlPage } from '../../app/url-page';
import { EligibleBadge, NominationStateText } from '../../features/nominations/CriteriaList';
import { AnswerText } from '../../features/nominations/AnswerText';
import type { Nomination } from '../../features/nominations/nomination-form';
import { useNominationList, useOpenCampaigns } from '../../features/nominations/nominations-api';
import { formatDate } from '../../i18n/format';

const PAGE_SIZE = 20;

/** /nominations: the campaigns taking nominations, and the nominations I (my organization) made. */
export default function MyNominationsPage() {
  const { t } = useTranslation(['nominations', 'honors']);
  usePageTitle(t('mine.title'));
  const campaigns = useOpenCampaigns();
  const paging = useUrlPage(PAGE_SIZE);
  const nominations = useNominationList(paging.window);
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('mine.title')}</Typography.Title>
      <Typography.Paragraph>{t('mine.intro')}</Typography.Paragraph>
      <section aria-labelledby="open-campaigns">
        <Typography.Title level={2} id="open-campaigns">
          {t('mine.openTitle')}
        </Typography.Title>
        <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        {campaigns.isPending && <Skeleton active />}
        {campaigns.data && (
          <List
            dataSource={campaigns.data.items}
            locale={{ emptyText: <Empty description={t('mine.openNone')} /> }}
            renderItem={(campaign) => (
              <List.Item>
                <Panel size="small" style={{ width: '100%' }}>
                  <Flex vertical gap={4}>
                    <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                      {campaign.title}
                    </Typography.Title>
                    <span>{t(`honors:kinds.${campaign.kind}`)}</span>
                    <span>
                      {t('campaign.dates', {
                        from: formatDate(campaign.nominationsOpen),
                        to: formatDate(campaign.nominationsClose),
                      })}
                    </span>
                    <span>{t('campaign.organizer', { name: campaign.organizerName })}</span>
                    {campaign.categories.length > 0 && (
                      <span>{t('campaign.categories', { list: campaign.categories.join(', ') })}</span>
                    )}
                    {campaign.allowsSelfNomination && <span>{t('campaign.selfAllowed')}</span>}
                    <ButtonLink
                      type="primary"
                      to={`/nominations/new?campaign=${campaign.id}`}
                      style={{ alignSelf: 'flex-start' }}
                      aria-label={t('mine.nominateIn', { title: campaign.title })}
                    >
                      {t('mine.nominate')}
                    </ButtonLink>
                  </Flex>
                </Panel>
              </List.Item>
            )}
          />
        )}
      </section>
      <section aria-labelledby="made-nominations">
        <Typography.Title level={2} id="made-nominations">
          {t('mine.madeTitle')}
        </Typography.Title>
        <ProblemAlert error={nominations.error} onRetry={() => void nominations.refetch()} />
        <ResponsiveTable<Nomination>
          rowKey="id"
          loading={nominations.isPending}
          dataSource={nominations.data?.items ?? []}
          pagination={paging.pagination(nominations.data?.total)}
          locale={{ emptyText: <Empty description={t('mine.none')} /> }}
          columns={[
            {
              key: 'nominee',
              title: t('columns.nominee'),
              render: (nomination) => (
                <Link to={`/nominations/${nomination.id}`}>{nomination.nomineeName}</Link>
              ),
            },
            {
              key: 'campaign',
              title: t('columns.campaign'),
              render: (nomination) => nomination.campaignTitle,
            },
            {
              key: 'state',
              title: t('columns.state'),
              render: (nomination) => <NominationStateText state={nomination.state} />,
            },
            {
              key: 'eligibility',
              title: t('columns.eligibility'),
              render: (nomination) => <EligibleBadge eligible={nomination.eligible} />,
            },
            {
              key: 'answer',
              title: t('columns.answer'),
              render: (nomination) => <AnswerText nomination={nomination} />,
            },
          ]}
        />
      </section>
    </Flex>
  );
}

import { Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { RequestTable } from '../../../features/requests/RequestTable';
import { REQUEST_STATES, useRequestList, type RequestState } from '../../../features/requests/requests-api';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 20;

function parseFilter(value: string | null): RequestState | 'all' {
  if (value === 'all') return 'all';
  return REQUEST_STATES.find((state) => state === value) ?? 'submitted';
}

/** /review-requests: every agency's requests, the submitted ones (waiting for a decision) by default. */
export default function RequestQueuePage() {
  const { t } = useTranslation('requests');
  usePageTitle(t('queue.title'));
  const [params, setParams] = useSearchParams();
  const filter = parseFilter(params.get('state'));
  const paging = useUrlPage(PAGE_SIZE);
  const requests = useRequestList({
    states: filter === 'all' ? undefined : [filter],
    ...paging.window,
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('queue.title')}</Typography.Title>
      <Typography.Paragraph>{t('queue.intro')}</Typography.Paragraph>
      <Radio.Group
        aria-label={t('queue.filter')}
        optionType="button"
        style={{ display: 'flex', flexWrap: 'wrap' }}
        value={filter}
        onChange={(event) => setParams({ state: String(event.target.value) })}
        options={[
          ...REQUEST_STATES.map((state) => ({ value: state, label: t(`states.${state}`) })),
          { value: 'all', label: t('queue.all') },
        ]}
      />
      <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />
      <RequestTable
        items={requests.data?.items}
        loading={requests.isPending}
        pagination={paging.pagination(requests.data?.total)}
        showOrganization
        linkTo={(id) => `/review-requests/${id}`}
      />
    </Flex>
  );
}

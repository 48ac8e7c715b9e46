import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { RequestTable } from '../../features/requests/RequestTable';
import { useRequestList } from '../../features/requests/requests-api';

const PAGE_SIZE = 20;

/** /agency/requests: the organization's requests, newest first. */
export default function MyRequestsPage() {
  const { t } = useTranslation('requests');
  usePageTitle(t('mine.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const requests = useRequestList({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('mine.title')}</Typography.Title>
      <Typography.Paragraph>{t('mine.intro')}</Typography.Paragraph>
      <div>
        <ButtonLink type="primary" to="/agency/requests/new">
          {t('mine.create')}
        </ButtonLink>
      </div>
      <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />
      <RequestTable
        items={requests.data?.items}
        total={requests.data?.total}
        loading={requests.isPending}
        page={page}
        pageSize={PAGE_SIZE}
        linkTo={(id) => `/agency/requests/${id}`}
        onPage={(next) => setParams({ page: String(next) })}
      />
    </Flex>
  );
}

import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { RequestTable } from '../../features/requests/RequestTable';
import { useRequestList } from '../../features/requests/requests-api';
import { useUrlPage } from '../../app/url-page';

const PAGE_SIZE = 20;

/** /agency/requests: the organization's requests, newest first. */
export default function MyRequestsPage() {
  const { t } = useTranslation('requests');
  usePageTitle(t('mine.title'));
  const paging = useUrlPage(PAGE_SIZE);
  const requests = useRequestList(paging.window);
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
        loading={requests.isPending}
        pagination={paging.pagination(requests.data?.total)}
        linkTo={(id) => `/agency/requests/${id}`}
      />
    </Flex>
  );
}

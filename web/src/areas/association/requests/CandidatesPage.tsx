import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../../app/ButtonLink';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { CandidateList } from '../../../features/panels/CandidateList';
import { ConflictPolicy } from '../../../features/panels/ConflictPolicy';
import { useCandidates } from '../../../features/panels/panels-api';
import { useRequest } from '../../../features/requests/requests-api';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 10;

/** /review-requests/:id/candidates: the experts matched to a request, best first, with the reasons. */
export default function CandidatesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('panels');
  usePageTitle(t('candidates.title'));
  const request = useRequest(id);
  const paging = useUrlPage(PAGE_SIZE);
  const candidates = useCandidates(id, paging.window);
  const phrases = candidates.data?.keyPhrases ?? [];
  return (
    <Flex vertical gap="middle">
      <Link to={`/review-requests/${id}`}>{t('backToRequest')}</Link>
      <Typography.Title level={1}>{t('candidates.title')}</Typography.Title>
      {request.data && <Typography.Paragraph strong>{request.data.data.title}</Typography.Paragraph>}
      <Typography.Paragraph>{t('candidates.intro')}</Typography.Paragraph>
      {phrases.length > 0 && (
        <Typography.Paragraph>
          {t('candidates.keyPhrases', { phrases: phrases.map((phrase) => phrase.text).join('; ') })}
        </Typography.Paragraph>
      )}
      <div>
        <ButtonLink to={`/review-requests/${id}/panel`} type="primary">
          {t('builder.open')}
        </ButtonLink>
      </div>
      <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      <CandidateList
        items={candidates.data?.items}
        loading={candidates.isFetching}
        pagination={paging.pagination(candidates.data?.total)}
      />
      <ConflictPolicy />
    </Flex>
  );
}

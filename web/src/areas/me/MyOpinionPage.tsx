import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { OpinionWorkspace } from '../../features/opinions/OpinionWorkspace';
import { mineSource, useMyOpinion } from '../../features/opinions/opinions-api';

/**
 * /me/review-requests/:id/opinion: the request a member reviews and their own opinion, editable while
 * opinions are open and read-only (saying why) after; the others' opinions when the request allows.
 */
export default function MyOpinionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('opinions');
  usePageTitle(t('mine.title'));
  const query = useMyOpinion(id);
  return (
    <Flex vertical gap="middle">
      <Link to="/me/panel-invitations">{t('mine.back')}</Link>
      <Typography.Title level={1}>{t('mine.title')}</Typography.Title>
      {query.isPending && <Skeleton active />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <OpinionWorkspace source={mineSource(id)} view={query.data.data} etag={query.data.etag} />
      )}
    </Flex>
  );
}

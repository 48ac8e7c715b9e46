import { useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';
import { MemberOpinionList } from '../../features/opinions/MemberOpinionList';
import { OpinionEditor } from '../../features/opinions/OpinionEditor';
import { OpinionFiles } from '../../features/opinions/OpinionFiles';
import { closedNotice } from '../../features/opinions/opinion-rules';
import {
  myOpinionKey,
  myRequestDocumentUrl,
  useMyOpinion,
  useRequestOpinions,
  type MyOpinion,
} from '../../features/opinions/opinions-api';
import { formatDate, formatDateTime } from '../../i18n/format';

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
      {query.data && <OpinionView id={id} view={query.data.data} etag={query.data.etag} />}
    </Flex>
  );
}

function OpinionView({ id, view, etag }: { id: string; view: MyOpinion; etag: string }) {
  const { t } = useTranslation(['opinions', 'invitations']);
  const queryClient = useQueryClient();
  const { request, opinion, window } = view;
  const notice = closedNotice(window, t);
  const refresh = () => queryClient.invalidateQueries({ queryKey: myOpinionKey(id) });
  return (
    <>
      <Descriptions
        bordered
        column={1}
        size="small"
        items={[
          { key: 'request', label: t('mine.request'), children: request.title },
          {
            key: 'kind',
            label: t('mine.kind'),
            children: t(`invitations:kind.${request.kind as 'critique'}`, { defaultValue: request.kind }),
          },
          { key: 'agency', label: t('mine.agency'), children: request.agency },
          { key: 'role', label: t('mine.role'), children: t(`invitations:role.${view.role}`) },
          { key: 'deadline', label: t('mine.deadline'), children: formatDate(window.deadline) },
          {
            key: 'summary',
            label: t('mine.summary'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{request.summary}</span>,
          },
        ]}
      />
      <section aria-labelledby="request-documents">
        <Typography.Title level={2} id="request-documents">
          {t('mine.documents')}
        </Typography.Title>
        {request.documents.length === 0 ? (
          <Typography.Text>{t('mine.noDocuments')}</Typography.Text>
        ) : (
          <ul>
            {request.documents.map((document) => (
              <li key={document.id}>
                <a href={myRequestDocumentUrl(id, document.id)} download={document.fileName}>
                  {document.fileName}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-opinion">
        <Typography.Title level={2} id="my-opinion">
          {t('mine.formTitle')}
        </Typography.Title>
        <Flex vertical gap="middle">
          {notice ? (
            <Alert type="warning" showIcon role="status" title={notice} />
          ) : (
            <Typography.Text>{t('mine.intro')}</Typography.Text>
          )}
          {opinion && (
            <Typography.Text type="secondary">
              {t('mine.submittedAt', { when: formatDateTime(opinion.submittedAt) })}
              {opinion.version > 1 && ` · ${t('mine.updatedAt', { when: formatDateTime(opinion.updatedAt) })}`}
            </Typography.Text>
          )}
          {notice ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {opinion?.text ?? t('mine.notSaved')}
            </Typography.Paragraph>
          ) : (
            <OpinionEditor id={id} view={view} etag={etag} />
          )}
          <OpinionFiles id={id} opinion={opinion} editable={!notice} onChanged={refresh} />
        </Flex>
      </section>
      {request.opinionsVisibleToMembers && <OthersOpinions id={id} />}
    </>
  );
}

/** The other members' opinions, for a request that lets members read each other's. */
function OthersOpinions({ id }: { id: string }) {
  const { t } = useTranslation('opinions');
  const { session } = useSession();
  const query = useRequestOpinions(id);
  const others = query.data?.members.filter((member) => member.intellectualId !== session?.account.intellectualId);
  return (
    <section aria-labelledby="others-opinions">
      <Typography.Title level={2} id="others-opinions">
        {t('mine.others')}
      </Typography.Title>
      <Typography.Paragraph>{t('mine.othersIntro')}</Typography.Paragraph>
      {query.isPending && <Skeleton active />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {others &&
        (others.length === 0 ? (
          <Typography.Text>{t('mine.noOthers')}</Typography.Text>
        ) : (
          <MemberOpinionList requestId={id} members={others} />
        ))}
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { DownloadLink } from './DownloadLink';
import { OpinionEditor } from './OpinionEditor';
import { OpinionFiles } from './OpinionFiles';
import { OthersOpinions } from './OthersOpinions';
import { closedNotice } from './opinion-rules';
import type { MyOpinion, OpinionSource } from './opinions-api';

/**
 * The request a member reviews and their own opinion, editable while opinions are open and read-only
 * (saying why) after, then the other members' opinions when the request lets members read them;
 * signed in or by the personal link (`source`).
 */
export function OpinionWorkspace({
  source,
  view,
  etag,
}: {
  source: OpinionSource;
  view: MyOpinion;
  etag: string;
}) {
  const { t } = useTranslation(['opinions', 'invitations']);
  const queryClient = useQueryClient();
  const { request, opinion, window } = view;
  const notice = closedNotice(window, t);
  const refresh = () => queryClient.invalidateQueries({ queryKey: source.key });
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
                <DownloadLink
                  href={source.href('document', document.id)}
                  fileName={document.fileName}
                  headers={source.headers}
                >
                  {document.fileName}
                </DownloadLink>
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
              {opinion.version > 1 &&
                ` · ${t('mine.updatedAt', { when: formatDateTime(opinion.updatedAt) })}`}
            </Typography.Text>
          )}
          {notice ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {opinion?.text ?? t('mine.notSaved')}
            </Typography.Paragraph>
          ) : (
            <OpinionEditor source={source} view={view} etag={etag} />
          )}
          <OpinionFiles source={source} opinion={opinion} editable={!notice} onChanged={refresh} />
        </Flex>
      </section>
      {request.opinionsVisibleToMembers && <OthersOpinions source={source} view={view} />}
    </>
  );
}

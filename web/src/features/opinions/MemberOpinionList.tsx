import { List, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { DownloadLink } from './DownloadLink';
import { opinionFileUrl, type MemberOpinion, type OpinionSource } from './opinions-api';

// dark enough for white text at AA contrast (antd's light preset tags are not)
const SUBMITTED = '#135200';

/**
 * Members with the state of their opinion (when submitted, its files, or not yet) and its text;
 * `showReminders` (staff) adds when each was reminded before the deadline. Files download signed in
 * unless `source` (a member's page, maybe by their link) says how.
 */
export function MemberOpinionList({
  requestId,
  members,
  showReminders = false,
  source,
}: {
  requestId: string;
  members: MemberOpinion[];
  showReminders?: boolean;
  source?: OpinionSource;
}) {
  const { t } = useTranslation('opinions');
  return (
    <List
      dataSource={members}
      rowKey="panelMemberId"
      renderItem={(member) => (
        <List.Item>
          <MemberOpinionItem
            member={member}
            showReminder={showReminders}
            fileHref={(fileId) =>
              source ? source.href('memberFile', fileId) : opinionFileUrl(requestId, fileId)
            }
            headers={source?.headers}
          />
        </List.Item>
      )}
      locale={{ emptyText: t('staff.none') }}
    />
  );
}

function MemberOpinionItem({
  member,
  showReminder,
  fileHref,
  headers,
}: {
  member: MemberOpinion;
  showReminder: boolean;
  fileHref: (fileId: string) => string;
  headers: Record<string, string> | undefined;
}) {
  const { t } = useTranslation(['opinions', 'invitations']);
  const { opinion } = member;
  const headingId = `opinion-${member.panelMemberId}`;
  return (
    <article aria-labelledby={headingId} style={{ width: '100%' }}>
      <Flex vertical gap={4}>
        <Flex wrap gap="small" align="center">
          <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0 }}>
            {member.fullName}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(`invitations:role.${member.role}`)}
            {member.organizationName && ` · ${member.organizationName}`}
          </Typography.Text>
          {opinion ? (
            <Tag color={SUBMITTED}>
              {t('member.submitted', { when: formatDateTime(opinion.submittedAt) })}
            </Tag>
          ) : (
            <Tag>{t('member.notYet')}</Tag>
          )}
          {showReminder && member.opinionReminderSentAt && (
            <Typography.Text type="secondary">
              {t('member.reminded', { when: formatDateTime(member.opinionReminderSentAt) })}
            </Typography.Text>
          )}
        </Flex>
        {opinion && (
          <>
            {opinion.version > 1 && (
              <Typography.Text type="secondary">
                {t('member.edited', { when: formatDateTime(opinion.updatedAt) })}
              </Typography.Text>
            )}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {opinion.text}
            </Typography.Paragraph>
            {opinion.files.length > 0 && (
              <Flex wrap gap="small" align="baseline">
                <Typography.Text>{t('member.files')}:</Typography.Text>
                {opinion.files.map((file) => (
                  <DownloadLink
                    key={file.id}
                    href={fileHref(file.id)}
                    fileName={file.fileName}
                    headers={headers}
                  >
                    {file.fileName}
                  </DownloadLink>
                ))}
              </Flex>
            )}
          </>
        )}
      </Flex>
    </article>
  );
}

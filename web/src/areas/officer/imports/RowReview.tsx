import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';

type Job = Schemas['ImportJobView'];
type Resolution = Schemas['ResolveRowDto'];

/** The rows an import left for an officer: identity conflicts and possible duplicates, each decided here. */
export function RowReview({ job }: { job: Job }) {
  const { t } = useTranslation('imports');
  const vietnamese = currentLanguage() === 'vi';
  return (
    <>
      {job.conflicts.length > 0 && (
        <section aria-labelledby="conflicts">
          <Typography.Title level={2} id="conflicts">
            {t('review.conflictsTitle')}
          </Typography.Title>
          <Typography.Paragraph>{t('review.conflictsIntro')}</Typography.Paragraph>
          <Flex vertical gap="middle">
            {job.conflicts.map((conflict) => (
              <ReviewCard
                key={conflict.row}
                job={job}
                row={conflict.row}
                resolution={conflict.resolution}
                problems={conflict.differences.map((difference) =>
                  vietnamese ? difference.messageVi : difference.message,
                )}
                candidates={[conflict.existing]}
                canCreate={false}
              />
            ))}
          </Flex>
        </section>
      )}
      {job.possibleDuplicates.length > 0 && (
        <section aria-labelledby="possible-duplicates">
          <Typography.Title level={2} id="possible-duplicates">
            {t('review.duplicatesTitle')}
          </Typography.Title>
          <Typography.Paragraph>{t('review.duplicatesIntro')}</Typography.Paragraph>
          <Flex vertical gap="middle">
            {job.possibleDuplicates.map((duplicate) => (
              <ReviewCard
                key={duplicate.row}
                job={job}
                row={duplicate.row}
                resolution={duplicate.resolution}
                problems={[vietnamese ? duplicate.messageVi : duplicate.message]}
                candidates={duplicate.candidates}
                canCreate
              />
            ))}
          </Flex>
        </section>
      )}
    </>
  );
}

interface ReviewCardProps {
  job: Job;
  row: number;
  resolution: Schemas['RowResolutionView'] | null;
  problems: string[];
  candidates: Schemas['ExistingProfileView'][];
  /** A conflict's national ID is taken: it can only go to that profile or be skipped. */
  canCreate: boolean;
}

function ReviewCard({ job, row, resolution, problems, candidates, canCreate }: ReviewCardProps) {
  const { t } = useTranslation('imports');
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: (body: Resolution) =>
      unwrap(
        api.POST('/imports/{id}/rows/{row}/resolution', { params: { path: { id: job.id, row } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['import', job.id] }),
  });
  const title = t('review.row', { row });
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: '1rem' }}>
          {title}
        </Typography.Title>
      }
    >
      <List size="small" dataSource={problems} renderItem={(problem) => <List.Item>{problem}</List.Item>} />
      <Typography.Paragraph>
        {t('review.existing')}
        {candidates.map((candidate, index) => (
          <span key={candidate.id}>
            {index > 0 && ', '}
            <Link to={`/people/${candidate.id}`}>{candidate.fullName}</Link>
          </span>
        ))}
      </Typography.Paragraph>
      {resolution ? (
        <Alert
          type="success"
          showIcon
          title={`${t(`review.resolved.${resolution.action}`)} ${t('review.resolvedAt', { at: formatDateTime(resolution.resolvedAt) })}`}
          action={
            resolution.intellectualId ? (
              <Link to={`/people/${resolution.intellectualId}`}>{t('review.openProfile')}</Link>
            ) : undefined
          }
        />
      ) : job.dryRun ? (
        <Typography.Text type="secondary">{t('review.dryRunNoResolve')}</Typography.Text>
      ) : (
        <Space wrap role="group" aria-label={title}>
          {candidates.map((candidate) => (
            <Button
              key={candidate.id}
              type="primary"
              loading={resolve.isPending && resolve.variables?.intellectualId === candidate.id}
              disabled={resolve.isPending}
              onClick={() => resolve.mutate({ action: 'link', intellectualId: candidate.id })}
            >
              {t('review.linkTo', { name: candidate.fullName })}
            </Button>
          ))}
          {canCreate && (
            <Button
              disabled={resolve.isPending}
              loading={resolve.isPending && resolve.variables?.action === 'create'}
              onClick={() => resolve.mutate({ action: 'create' })}
            >
              {t('review.create')}
            </Button>
          )}
          <Button
            disabled={resolve.isPending}
            loading={resolve.isPending && resolve.variables?.action === 'skip'}
            onClick={() => resolve.mutate({ action: 'skip' })}
          >
            {t('review.skip')}
          </Button>
        </Space>
      )}
      <ProblemAlert error={resolve.error} />
    </Card>
  );
}

import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { useTimeline } from './requests-api';

/** Who moved the request to which state, when, and why; oldest first. */
export function RequestTimeline({ id }: { id: string }) {
  const { t } = useTranslation('requests');
  const timeline = useTimeline(id);
  return (
    <section aria-labelledby="request-timeline">
      <Typography.Title level={2} id="request-timeline">
        {t('timeline.title')}
      </Typography.Title>
      <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      {timeline.isPending ? (
        <Skeleton active />
      ) : !timeline.data?.length ? (
        <Empty description={t('timeline.empty')} />
      ) : (
        <Timeline
          items={timeline.data.map((event) => ({
            key: event.id,
            content: (
              <>
                <Typography.Text strong>
                  {event.fromState
                    ? t('timeline.step', {
                        from: t(`states.${event.fromState}`),
                        to: t(`states.${event.toState}`),
                      })
                    : t('timeline.created', { to: t(`states.${event.toState}`) })}
                </Typography.Text>
                <div>
                  {formatDateTime(event.at)}{' '}
                  {event.actorName ? t('timeline.by', { name: event.actorName }) : t('timeline.unknownActor')}
                </div>
                {event.reason && <div>{t('timeline.reason', { reason: event.reason })}</div>}
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}

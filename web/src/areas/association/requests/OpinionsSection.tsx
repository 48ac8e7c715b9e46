import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { useSession } from '../../../auth/session';
import { MemberOpinionList } from '../../../features/opinions/MemberOpinionList';
import {
  closedNotice,
  notReadyRoles,
  reviewActions,
  submittedCount,
} from '../../../features/opinions/opinion-rules';
import { lockPanel, startReview, useRequestOpinions } from '../../../features/opinions/opinions-api';
import { REQUESTS_KEY, type ReviewRequest } from '../../../features/requests/requests-api';
import { formatDate } from '../../../i18n/format';

/** The states in which a panel's opinions exist or are about to be collected. */
const OPINION_STATES: readonly ReviewRequest['state'][] = [
  'panel_forming',
  'in_review',
  'report_sent',
  'answered',
  'closed',
];

/**
 * "Ý kiến" on the staff request page: each accepted member's opinion, and the review's two moves for
 * those who may conduct it: start it (the 422 PANEL_NOT_READY reasons in words) and lock it, confirmed.
 */
export function OpinionsSection({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('opinions');
  const { can } = useSession();
  const queryClient = useQueryClient();
  const shown = OPINION_STATES.includes(request.state);
  const opinions = useRequestOpinions(request.id, shown);
  const [confirming, setConfirming] = useState(false);
  // the request (its state, its timeline) and the opinions move together
  const settle = () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
  const start = useMutation({ mutationFn: () => startReview(request.id), onSettled: settle });
  const lock = useMutation({
    mutationFn: () => lockPanel(request.id),
    onSuccess: () => setConfirming(false),
    onSettled: settle,
  });
  if (!shown) return null;
  const view = opinions.data;
  const actions = reviewActions(request.state, view?.window, can('panels.conduct'));
  const missing = notReadyRoles(start.error);
  const notice = view && view.window.closedReason !== 'not_in_review' ? closedNotice(view.window, t) : null;
  return (
    <section aria-labelledby="review-opinions">
      <Typography.Title level={2} id="review-opinions">
        {t('staff.title')}
      </Typography.Title>
      {opinions.isError && <ProblemAlert error={opinions.error} onRetry={() => void opinions.refetch()} />}
      {opinions.isPending && <Skeleton active />}
      {view && (
        <Flex vertical gap="middle">
          <Typography.Text>
            {t('staff.intro')}{' '}
            {view.members.length > 0 &&
              t('staff.count', { submitted: submittedCount(view.members), total: view.members.length })}
          </Typography.Text>
          {request.state === 'panel_forming' && <Typography.Text>{t('staff.notStarted')}</Typography.Text>}
          {request.state === 'in_review' && !view.window.closedReason && (
            <Typography.Text>
              {t('staff.openUntil', { deadline: formatDate(view.window.deadline) })}
            </Typography.Text>
          )}
          {notice && <Alert type="info" showIcon title={notice} />}
          {start.isSuccess && <Alert type="success" showIcon role="status" title={t('staff.started')} />}
          {lock.isSuccess && <Alert type="success" showIcon role="status" title={t('staff.lockedNow')} />}
          {missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('staff.notReady')}
              description={
                <ul style={{ margin: 0 }}>
                  {missing.map((role) => (
                    <li key={role}>{t('staff.notReadyRole', { role: t(`staff.role.${role}`) })}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <ProblemAlert error={start.error} />
          )}
          {!confirming && <ProblemAlert error={lock.error} />}
          {(actions.start || actions.lock) && (
            <Space wrap>
              {actions.start && (
                <>
                  <Button type="primary" loading={start.isPending} onClick={() => start.mutate()}>
                    {t('staff.start')}
                  </Button>
                  <Typography.Text type="secondary">{t('staff.startHelp')}</Typography.Text>
                </>
              )}
              {actions.lock && (
                <Button danger onClick={() => (lock.reset(), setConfirming(true))}>
                  {t('staff.lock')}
                </Button>
              )}
            </Space>
          )}
          <MemberOpinionList requestId={request.id} members={view.members} showReminders />
        </Flex>
      )}
      <Modal
        open={confirming}
        title={t('staff.lockConfirmTitle')}
        okText={t('staff.lockOk')}
        cancelText={t('staff.cancel')}
        okButtonProps={{ danger: true, loading: lock.isPending }}
        onOk={() => lock.mutate()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('staff.lockConfirm')}</Typography.Paragraph>
        <ProblemAlert error={lock.error} />
      </Modal>
    </section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { PanelLinks } from '../../../features/panels/PanelLinks';
import { usePageTitle } from '../../../app/page-title';
import { ReasonDialog } from '../../../features/requests/ReasonDialog';
import { RequestDetails } from '../../../features/requests/RequestDetails';
import { REQUESTS_KEY, transition, useRequest } from '../../../features/requests/requests-api';
import { NeedInterestSection } from './NeedInterestSection';
import { OpinionsSection } from './OpinionsSection';
import { ReportSection } from './ReportSection';
import { InvitationsCard } from './InvitationsCard';

/** /review-requests/:id: a request as staff read it; a submitted one is accepted or declined with a reason. */
export default function StaffRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('requests');
  const request = useRequest(id);
  usePageTitle(request.data?.data.title ?? t('queue.title'));
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const decide = useMutation({
    mutationFn: ({ to, reason }: { to: 'accept' | 'decline'; reason?: string }) =>
      transition(id, to, request.data!.etag, reason),
    onSuccess: () => setDeclining(false),
    // refused too (409: someone moved it, 412: someone changed it): show the request as it is now
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
  if (request.error) return <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <Skeleton active />;
  return (
    <>
      {!declining && <ProblemAlert error={decide.error} />}
      <RequestDetails
        request={request.data.data}
        backTo="/review-requests"
        actions={
          request.data.data.state === 'submitted' ? (
            <>
              <Popconfirm
                title={t('detail.acceptConfirm')}
                okText={t('detail.confirm')}
                cancelText={t('detail.close')}
                onConfirm={() => decide.mutate({ to: 'accept' })}
              >
                <Button type="primary" loading={decide.isPending && decide.variables.to === 'accept'}>
                  {t('detail.accept')}
                </Button>
              </Popconfirm>
              <Button danger onClick={() => (decide.reset(), setDeclining(true))}>
                {t('detail.decline')}
              </Button>
            </>
          ) : (
            <PanelLinks request={request.data.data} />
          )
        }
      />
      {request.data.data.kind === 'task_order' && <NeedInterestSection request={request.data.data} />}
      {['panel_forming', 'in_review'].includes(request.data.data.state) && <InvitationsCard requestId={id} />}
      <OpinionsSection request={request.data.data} />
      <ReportSection request={request.data.data} />
      {declining && (
        <ReasonDialog
          title={t('reason.declineTitle')}
          help={t('reason.declineHelp')}
          pending={decide.isPending}
          error={decide.error}
          onConfirm={(reason) => decide.mutate({ to: 'decline', reason })}
          onClose={() => setDeclining(false)}
        />
      )}
    </>
  );
}

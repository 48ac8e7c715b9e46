import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Popconfirm, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { AgencyReportSection } from './AgencyReportSection';
import { NeedInterestCount } from './NeedInterestCount';
import { usePageTitle } from '../../app/page-title';
import { ReasonDialog } from '../../features/requests/ReasonDialog';
import { RequestDetails } from '../../features/requests/RequestDetails';
import {
  CLOSED_STATES,
  EDITABLE_STATES,
  REQUESTS_KEY,
  transition,
  useRequest,
} from '../../features/requests/requests-api';

/** /agency/requests/:id: the request, its timeline, and what the agency may do with it now. */
export default function AgencyRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('requests');
  const request = useRequest(id);
  usePageTitle(request.data?.data.title ?? t('mine.title'));
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const step = useMutation({
    mutationFn: ({ to, reason }: { to: 'submit' | 'cancel'; reason?: string }) =>
      transition(id, to, request.data!.etag, reason),
    onSuccess: () => setCancelling(false),
    // refused too (409: someone moved it, 412: someone changed it): show the request as it is now
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
  if (request.error) return <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <Skeleton active />;
  const { state } = request.data.data;
  return (
    <>
      {!cancelling && <ProblemAlert error={step.error} />}
      <RequestDetails
        request={request.data.data}
        backTo="/agency/requests"
        actions={
          <>
            {EDITABLE_STATES.includes(state) && (
              <ButtonLink to={`/agency/requests/${id}/edit`}>{t('detail.edit')}</ButtonLink>
            )}
            {state === 'draft' && (
              <Popconfirm
                title={t('detail.submitConfirm')}
                okText={t('detail.confirm')}
                cancelText={t('detail.close')}
                onConfirm={() => step.mutate({ to: 'submit' })}
              >
                <Button type="primary" loading={step.isPending && step.variables.to === 'submit'}>
                  {t('detail.submit')}
                </Button>
              </Popconfirm>
            )}
            {!CLOSED_STATES.includes(state) && (
              <Button danger onClick={() => (step.reset(), setCancelling(true))}>
                {t('detail.cancelRequest')}
              </Button>
            )}
          </>
        }
      />
      {request.data.data.kind === 'task_order' && <NeedInterestCount id={id} />}
      <AgencyReportSection request={request.data.data} />
      {cancelling && (
        <ReasonDialog
          title={t('reason.cancelTitle')}
          pending={step.isPending}
          error={step.error}
          onConfirm={(reason) => step.mutate({ to: 'cancel', reason })}
          onClose={() => setCancelling(false)}
        />
      )}
    </>
  );
}

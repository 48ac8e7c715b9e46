import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Modal, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiProblem, unwrapWithEtag, type Schemas } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../i18n/format';
import { useDisplay } from './display';
import { FactsSection } from './FactsSection';
import { HistoryTimeline } from './HistoryTimeline';
import { InviteButton } from './InviteDialog';
import type { FactGroup, PartKind } from './model';
import { PartsSection } from './PartsSection';
import { fetchHistory, fetchProfile, historyKey, profileKey, type TaggedProfile } from './profile-api';
import { actorsOf } from './Provenance';
import { TAG_COLORS } from './tag-colors';

type VerifyBody = Schemas['VerifyDto'];

/**
 * The profile page /people/:id, shared by officers and association staff: what GET /intellectuals/{id}
 * answers for the caller, with provenance on every fact and the history; editing, verifying,
 * deleting and restoring only for who may; issuing an account invitation code for officers and
 * association staff.
 */
export default function ProfilePage() {
  const { id = '' } = useParams();
  const { t, format } = useDisplay();
  const { can } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The ETag the DELETE answered with: what a restore sends as If-Match. */
  const [deletedEtag, setDeletedEtag] = useState<string>();
  const profile = useQuery({
    queryKey: profileKey(id),
    queryFn: () => fetchProfile(id),
    enabled: !deletedEtag,
  });
  const history = useQuery({
    queryKey: historyKey(id),
    queryFn: () => fetchHistory(id),
    enabled: !deletedEtag,
  });
  const canEdit = can('profiles.edit');
  usePageTitle(profile.data?.data.fullName ?? t('profile.loading'));

  const publish = (saved: TaggedProfile) => {
    queryClient.setQueryData(profileKey(id), saved);
    void queryClient.invalidateQueries({ queryKey: historyKey(id) });
  };
  const onStale = (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 412) void profile.refetch();
  };
  const verify = useMutation({
    mutationFn: (body: VerifyBody) =>
      unwrapWithEtag(
        api.POST('/intellectuals/{id}/verify', {
          params: { path: { id }, header: { 'If-Match': profile.data!.etag } },
          body,
        }),
      ),
    onSuccess: (saved) => {
      publish(saved);
      void message.success(t('profile.verified'));
    },
    onError: onStale,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrapWithEtag(
        api.DELETE('/intellectuals/{id}', {
          params: { path: { id }, header: { 'If-Match': profile.data!.etag } },
        }),
      ),
    onSuccess: ({ etag }) => {
      setConfirmDelete(false);
      setDeletedEtag(etag);
      queryClient.removeQueries({ queryKey: profileKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (error) => {
      setConfirmDelete(false);
      onStale(error);
    },
  });
  const restore = useMutation({
    mutationFn: () =>
      unwrapWithEtag(
        api.POST('/intellectuals/{id}/restore', {
          params: { path: { id }, header: { 'If-Match': deletedEtag! } },
        }),
      ),
    onSuccess: (saved) => {
      setDeletedEtag(undefined);
      publish(saved);
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      void message.success(t('profile.restored'));
    },
  });

  if (deletedEtag) {
    return (
      <Flex vertical gap={16}>
        <h1>{t('profile.deleted')}</h1>
        <ProblemAlert error={restore.error} />
        {can('profiles.read-deleted') && canEdit && (
          <Space wrap>
            <Button type="primary" loading={restore.isPending} onClick={() => restore.mutate()}>
              {t('profile.restore')}
            </Button>
            <Link to="/officer/people?status=deleted">{t('profile.deletedList')}</Link>
          </Space>
        )}
      </Flex>
    );
  }
  if (profile.error) {
    const missing = profile.error instanceof ApiProblem && profile.error.status === 404;
    return missing ? (
      <Result
        status="404"
        title={<h1>{t('profile.notFound')}</h1>}
        extra={
          can('profiles.read-deleted') && (
            <Link to="/officer/people?status=deleted">{t('profile.deletedList')}</Link>
          )
        }
      />
    ) : (
      <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />
    );
  }
  if (!profile.data)
    return (
      <Spin description={t('profile.loading')}>
        <div style={{ minHeight: 200 }} />
      </Spin>
    );

  const { data, etag } = profile.data;
  const events = history.data?.items ?? [];
  const actors = actorsOf(events);
  const verified = data.verification === 'verified';
  return (
    <Flex vertical gap={24}>
      <header>
        <Flex justify="space-between" align="start" wrap gap={12}>
          <div>
            <h1 style={{ marginBottom: 4 }}>{data.fullName}</h1>
            <Space wrap size={[8, 4]}>
              {data.verification && (
                <Tag color={verified ? TAG_COLORS.verified : TAG_COLORS.unverified}>
                  {t(`profile.verification.${data.verification}`)}
                </Tag>
              )}
              {data.status && <Tag>{format('status', data.status)}</Tag>}
              {data.highestDegree && <Tag>{format('highestDegree', data.highestDegree)}</Tag>}
              <Typography.Text type="secondary">
                {t('profile.version', { version: data.version })} ·{' '}
                {t('profile.updatedAt', { date: formatDateTime(data.updatedAt) })}
              </Typography.Text>
            </Space>
          </div>
          {(canEdit || can('profiles.invite')) && (
            <Space wrap>
              {can('profiles.invite') && <InviteButton id={id} name={data.fullName ?? ''} />}
              {canEdit && !verified && (
                <Button loading={verify.isPending} onClick={() => verify.mutate({ all: true })}>
                  {t('profile.verifyAll')}
                </Button>
              )}
              {canEdit && (
                <Button danger onClick={() => setConfirmDelete(true)}>
                  {t('profile.delete')}
                </Button>
              )}
            </Space>
          )}
        </Flex>
      </header>
      <ProblemAlert error={verify.error ?? remove.error} />
      <FactsSection
        profile={data}
        etag={etag}
        actors={actors}
        canEdit={canEdit}
        verifying={verify.isPending}
        onVerify={(group: FactGroup) => verify.mutate({ groups: [group] })}
      />
      <PartsSection
        profile={data}
        etag={etag}
        actors={actors}
        canEdit={canEdit}
        verifying={verify.isPending}
        onVerifyItem={(part: PartKind, itemId: string) => verify.mutate({ parts: [{ part, id: itemId }] })}
      />
      <ProblemAlert error={history.error} />
      <HistoryTimeline events={events} />
      <Modal
        open={confirmDelete}
        title={t('profile.deleteTitle', { name: data.fullName })}
        okText={t('profile.deleteConfirm')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        cancelText={t('profile.cancel')}
        onOk={() => remove.mutate()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('profile.deleteBody')}</p>
      </Modal>
    </Flex>
  );
}

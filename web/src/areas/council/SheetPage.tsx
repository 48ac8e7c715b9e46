import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Skeleton,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { showFieldErrors } from '../../api/form-errors';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ConflictNotice } from '../../features/edit-session/ConflictNotice';
import { EditSessionNotices } from '../../features/edit-session/EditSessionNotices';
import { useEditSession, type Base } from '../../features/edit-session/use-edit-session';
import {
  roundSheetSource,
  useSheet,
  type SheetSource,
  type StoredSheet,
} from '../../features/scoring/scoring-api';
import {
  fromSheetForm,
  roundTotal,
  sheetBody,
  sheetFields,
  sheetValues,
  toSheetForm,
  weightedTotal,
  type SheetFormValues,
} from '../../features/scoring/sheet-values';
import { SheetStateTag } from './SheetStateTag';
import { useRoundRef } from './round-ref';

/** My score sheet for one nominee: the criteria with their weights, the comment, save and submit. */
export default function SheetPage() {
  const ref = useRoundRef();
  const { nominationId = '' } = useParams();
  const { t } = useTranslation('scoring');
  const sheet = useSheet(ref, nominationId);
  const { campaignId, round } = ref;
  const source = useMemo(() => roundSheetSource({ campaignId, round }), [campaignId, round]);
  const view = sheet.data?.data;
  usePageTitle(view ? t('sheet.title', { name: view.nomineeName }) : t('round.title', { round: ref.round }));
  return (
    <Flex vertical gap="middle">
      <Link to={ref.base}>{t('sheet.back')}</Link>
      {sheet.error ? <ProblemAlert error={sheet.error} onRetry={() => void sheet.refetch()} /> : null}
      {sheet.isPending && <Skeleton active />}
      {view && <SheetBody source={source} nominationId={nominationId} stored={sheet.data!} />}
    </Flex>
  );
}

/**
 * One sheet under its heading: the nominee, the sheet's state, the scale, and the form (or the sheet
 * read-only once submitted or while it cannot change), on the signed-in routes or a scoring link's.
 */
export function SheetBody({
  source,
  nominationId,
  stored,
}: {
  source: SheetSource;
  nominationId: string;
  stored: StoredSheet;
}) {
  const { t } = useTranslation('scoring');
  // the form starts again from the stored sheet after this page saved or submitted it, and only then
  const [restarts, setRestarts] = useState(0);
  const view = stored.data;
  return (
    <>
      <Typography.Title level={1}>{t('sheet.title', { name: view.nomineeName })}</Typography.Title>
      <Flex wrap gap="small" align="center">
        <SheetStateTag state={view.state} />
        {view.workTitle && <Typography.Text>{view.workTitle}</Typography.Text>}
        {view.category && <Typography.Text type="secondary">{view.category}</Typography.Text>}
      </Flex>
      <Typography.Paragraph>
        {t('sheet.intro', { min: formatNumber(view.scale.min), max: formatNumber(view.scale.max) })}
      </Typography.Paragraph>
      {view.editable ? (
        <SheetForm
          key={`${nominationId}-${restarts}`}
          source={source}
          nominationId={nominationId}
          stored={stored}
          restart={() => setRestarts((count) => count + 1)}
        />
      ) : (
        <LockedSheet stored={stored} />
      )}
    </>
  );
}

function TotalLine({ total }: { total: number | null }) {
  const { t } = useTranslation('scoring');
  return (
    <Typography.Paragraph strong aria-live="polite">
      {t('sheet.total')}:{' '}
      {total === null ? t('sheet.totalPending') : formatNumber(roundTotal(total), undefined, 2)}
    </Typography.Paragraph>
  );
}

/** A submitted sheet (or one that cannot change now), read-only. */
function LockedSheet({ stored }: { stored: StoredSheet }) {
  const { t } = useTranslation('scoring');
  const view = stored.data;
  return (
    <>
      {view.submittedAt ? (
        <Alert
          type="success"
          showIcon
          title={t('sheet.locked', { when: formatDateTime(view.submittedAt) })}
        />
      ) : (
        <Alert type="info" showIcon title={t('sheet.readOnly')} />
      )}
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          ...view.criteria.map((criterion) => ({
            key: criterion.code,
            label: t('sheet.criterion', { name: criterion.name, weight: formatNumber(criterion.weight) }),
            children:
              typeof view.scores[criterion.code] === 'number'
                ? formatNumber(view.scores[criterion.code], undefined, 2)
                : t('sheet.notScored'),
          })),
          {
            key: 'comment',
            label: t('sheet.comment'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{view.comment || t('sheet.noComment')}</span>,
          },
        ]}
      />
      <TotalLine total={weightedTotal(view.criteria, view.scores)} />
    </>
  );
}

interface CurrentSheet {
  current: StoredSheet;
}

/**
 * The editable sheet on the shared edit session: a save replaces the sheet with If-Match of the
 * version the form started from; a 412 (the same person saved it in another tab) shows what changed
 * there, to reapply mine on it or drop mine. Submitting saves what is unsaved first, then locks.
 */
function SheetForm({
  source,
  nominationId,
  stored,
  restart,
}: {
  source: SheetSource;
  nominationId: string;
  stored: StoredSheet;
  restart: () => void;
}) {
  const { t } = useTranslation('scoring');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SheetFormValues>();
  const key = source.sheetKey(nominationId);
  const { criteria, scale } = stored.data;
  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<unknown>();
  const settle = () => void queryClient.invalidateQueries({ queryKey: source.settleKey });
  const session = useEditSession<Base, CurrentSheet>({
    form,
    fields: sheetFields(criteria),
    initial: { values: sheetValues(stored.data), etag: stored.etag },
    // the endpoint replaces the sheet: all of it, the user's changes on the version they save over
    send: async (_patch, etag, draft) =>
      queryClient.setQueryData(key, await source.save(nominationId, etag, sheetBody(draft))),
    load: async () => ({ current: await source.fetch(nominationId) }),
    baseIn: ({ current }) => ({ values: sheetValues(current.data), etag: current.etag }),
    fromForm: fromSheetForm,
    toForm: (values) => toSheetForm(values) as Record<string, unknown>,
    onCurrent: ({ current }) => queryClient.setQueryData(key, current),
    savedText: t('sheet.saved'),
    unchangedText: t('sheet.unchanged'),
    onSaved: () => (restart(), settle()),
  });
  const scores = (Form.useWatch('scores', form) ?? {}) as Record<string, number | null>;

  async function submit() {
    let values: Record<string, unknown>;
    try {
      values = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return;
    }
    setSubmitProblem(undefined);
    setSubmitting(true);
    try {
      // what the form holds is saved first (a conflict stops here, with its notice)
      if ((await session.save(fromSheetForm(values))) === 'conflict') return;
      const etag = queryClient.getQueryData<StoredSheet>(key)!.etag;
      queryClient.setQueryData(key, await source.submit(nominationId, etag));
      void message.success(t('sheet.submittedToast'));
      restart();
      settle();
    } catch (error) {
      setSubmitProblem(showFieldErrors(form, error));
    } finally {
      setSubmitting(false);
    }
  }

  const labelOf = (field: string) => {
    const criterion = criteria.find(({ code }) => `scores.${code}` === field);
    return criterion ? criterion.name : t('sheet.comment');
  };
  return (
    <Form<SheetFormValues>
      form={form}
      layout="vertical"
      initialValues={toSheetForm(sheetValues(stored.data))}
      onFinish={() => void session.submit()}
    >
      {criteria.map((criterion) => (
        <Form.Item
          key={criterion.code}
          name={['scores', criterion.code]}
          label={t('sheet.criterion', { name: criterion.name, weight: formatNumber(criterion.weight) })}
        >
          <InputNumber min={scale.min} max={scale.max} style={{ width: '100%', maxWidth: 240 }} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t('sheet.comment')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
      </Form.Item>
      <TotalLine total={weightedTotal(criteria, scores)} />
      <EditSessionNotices
        session={session}
        conflict={
          session.conflict && (
            <ConflictNotice
              title={t('sheet.conflict.title')}
              intro={t('sheet.conflict.intro')}
              result={session.conflict.result}
              noVisibleChangesText={t('sheet.conflict.noVisibleChanges')}
              labelOf={labelOf}
              format={(_, value) =>
                typeof value === 'number' ? (
                  formatNumber(value, undefined, 2)
                ) : (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{typeof value === 'string' ? value : ''}</span>
                )
              }
              reapplyLabel={t('sheet.conflict.reapply')}
              discardLabel={t('sheet.conflict.discard')}
              onReapply={session.reapplyInForm}
              onDiscard={session.discard}
            />
          )
        }
      />
      <ProblemAlert error={submitProblem} />
      <Flex wrap gap="small" style={{ marginTop: 16 }}>
        <Button htmlType="submit" loading={session.saving && !submitting}>
          {t('sheet.save')}
        </Button>
        <Popconfirm
          title={t('sheet.submitConfirm')}
          okText={t('sheet.submitOk')}
          cancelText={t('sheet.cancel')}
          onConfirm={() => void submit()}
        >
          <Button type="primary" loading={submitting}>
            {t('sheet.submit')}
          </Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}

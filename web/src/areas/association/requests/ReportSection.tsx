import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Popconfirm, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { formatDateTime } from '../../../i18n/format';
import { EditSessionNotices } from '../../../features/edit-session/EditSessionNotices';
import { useEditSession, type Base } from '../../../features/edit-session/use-edit-session';
import { REQUESTS_KEY, type ReviewRequest } from '../../../features/requests/requests-api';
import {
  fetchReport,
  generateReport,
  reportKey,
  saveDraft,
  sendReport,
  useReport,
  type Report,
} from '../../../features/report/report-api';
import { ReportConflictNotice, type CurrentReport } from '../../../features/report/ReportConflictNotice';
import { ReportDownloads } from '../../../features/report/ReportDownloads';
import {
  fromReportForm,
  generateStep,
  REPORT_FIELDS,
  reportDraft,
  reportValues,
  sendStep,
  toReportForm,
  type ReportFormValues,
} from '../../../features/report/report-values';
import { RecommendationAnswers, ReportConclusion } from '../../../features/report/SentReport';

/** The states in which a report exists or is being compiled. */
const REPORT_STATES: readonly ReviewRequest['state'][] = ['in_review', 'report_sent', 'answered', 'closed'];

/** "Báo cáo tổng hợp" on the staff request page: the draft, its files, sending it to the agency. */
export function ReportSection({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('report');
  const queryClient = useQueryClient();
  const report = useReport(request.id, REPORT_STATES.includes(request.state));
  // the draft form starts again from the stored report after this page saved or generated it, and
  // only then: a refetch (or someone else's save) leaves what the user typed in the form
  const [restarts, setRestarts] = useState(0);
  const settle = () => queryClient.invalidateQueries({ queryKey: [...REQUESTS_KEY] });
  const restart = () => setRestarts((count) => count + 1);
  /** The report's ETag in the cache when a step runs: a save or a generation just before put it there. */
  const cachedEtag = () => queryClient.getQueryData<{ etag: string }>(reportKey(request.id))!.etag;
  const generate = useMutation({
    // the ETag in the cache when it runs: a "save, then generate" has just put the saved version there
    mutationFn: () => generateReport(request.id, cachedEtag()),
    onSuccess: (generated) => {
      queryClient.setQueryData(reportKey(request.id), generated);
      restart();
    },
    onSettled: settle,
  });
  const send = useMutation({
    // "save, make the files, then send" has just put the generated version in the cache
    mutationFn: () => sendReport(request.id, cachedEtag()),
    onSettled: settle,
  });
  if (!REPORT_STATES.includes(request.state)) return null;
  const view = report.data?.data;
  return (
    <section aria-labelledby="review-report">
      <Typography.Title level={2} id="review-report">
        {t('title')}
      </Typography.Title>
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Skeleton active />}
      {view && (
        <>
          <ProblemAlert error={generate.error ?? send.error} />
          {view.editable ? (
            <>
              <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
              <DraftForm
                key={`${request.id}-${restarts}`}
                requestId={request.id}
                stored={report.data!}
                onSaved={() => (restart(), void settle())}
                generate={{
                  run: () => generate.mutate(),
                  runAsync: () => generate.mutateAsync(),
                  pending: generate.isPending,
                  disabled: view.version === 0,
                }}
                send={{
                  run: () => send.mutate(),
                  pending: send.isPending,
                  disabled: !view.generatedAt,
                }}
              />
              {view.version > 0 && !view.generatedAt && (view.pdf || view.docx) && (
                <Typography.Paragraph type="warning">{t('stale')}</Typography.Paragraph>
              )}
            </>
          ) : (
            <>
              <Typography.Paragraph>
                {view.sentAt ? t('sentAt', { when: formatDateTime(view.sentAt) }) : t('notSent')}
              </Typography.Paragraph>
              <ReportConclusion report={view} />
              {view.recommendations.length > 0 && (
                <>
                  <Typography.Title level={3}>{t('answer.title')}</Typography.Title>
                  <RecommendationAnswers report={view} />
                </>
              )}
            </>
          )}
          <ReportDownloads id={request.id} report={view} />
        </>
      )}
    </section>
  );
}

/**
 * The conclusion and the recommendations on the shared edit session: a save replaces the whole
 * draft with If-Match of the version the user started from; a 412 (someone else saved it meanwhile)
 * keeps what the user typed and shows what the other person changed, to reapply mine on their
 * version or to drop mine.
 */
function DraftForm({
  requestId,
  stored,
  onSaved,
  generate,
  send,
}: {
  requestId: string;
  /** The version the form starts from. */
  stored: { data: Report; etag: string };
  /** After the page's cache took the saved version. */
  onSaved: () => void;
  /**
   * Generating the files from the stored draft (the form then starts again from the stored
   * report): with unsaved changes in the form, it asks first, to save them or to drop them.
   */
  generate: { run: () => void; runAsync: () => Promise<unknown>; pending: boolean; disabled: boolean };
  /**
   * Sending the stored report and its files: with unsaved changes in the form it asks first (they
   * would not be sent), offering to save them, make the files again and send; otherwise it confirms.
   */
  send: { run: () => void; pending: boolean; disabled: boolean };
}) {
  const { t } = useTranslation('report');
  const [asking, setAsking] = useState(false);
  const [confirmingSend, setConfirmingSend] = useState(false);
  const [askingSend, setAskingSend] = useState(false);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportFormValues>();
  const session = useEditSession<Base, CurrentReport>({
    form,
    fields: REPORT_FIELDS,
    initial: { values: reportValues(stored.data), etag: stored.etag },
    // the endpoint replaces the draft: the whole of it, the user's changes on the version they save over
    send: async (_patch, etag, draft) =>
      queryClient.setQueryData(reportKey(requestId), await saveDraft(requestId, etag, reportDraft(draft))),
    load: async () => ({ current: await fetchReport(requestId) }),
    baseIn: ({ current }) => ({ values: reportValues(current.data), etag: current.etag }),
    fromForm: fromReportForm,
    toForm: (values) => toReportForm(values) as Record<string, unknown>,
    onCurrent: ({ current }) => queryClient.setQueryData(reportKey(requestId), current),
    savedText: t('saved'),
    unchangedText: t('unchanged'),
    onSaved,
  });
  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      initialValues={toReportForm(reportValues(stored.data))}
      onFinish={() => void session.submit()}
    >
      <Form.Item name="conclusion" label={t('conclusion')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50000} />
      </Form.Item>
      <Typography.Title level={3}>{t('recommendations')}</Typography.Title>
      <Form.List name="recommendations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item
                  name={[field.name, 'text']}
                  label={t('recommendation', { number: index + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('recommendationRequired') }]}
                  style={{ flex: 1 }}
                >
                  <Input.TextArea autoSize maxLength={5000} />
                </Form.Item>
                <Button
                  onClick={() => remove(field.name)}
                  aria-label={t('removeRecommendation', { number: index + 1 })}
                >
                  ×
                </Button>
              </Flex>
            ))}
            <Button onClick={() => add({ text: '' })}>{t('addRecommendation')}</Button>
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 16 }}>
        <EditSessionNotices
          session={session}
          conflict={
            session.conflict && (
              <ReportConflictNotice
                conflict={session.conflict}
                onReapply={session.reapplyInForm}
                onDiscard={session.discard}
              />
            )
          }
        />
      </div>
      <Flex gap="small" wrap style={{ marginTop: 16 }}>
        <Button htmlType="submit" loading={session.saving}>
          {t('save')}
        </Button>
        <Button
          onClick={() => (generateStep(session.unsaved()) === 'ask' ? setAsking(true) : generate.run())}
          loading={generate.pending}
          disabled={generate.disabled}
        >
          {t('generate')}
        </Button>
        <Popconfirm
          title={t('sendConfirm')}
          okText={t('confirm')}
          cancelText={t('cancel')}
          open={confirmingSend}
          onOpenChange={(open) => {
            if (open && sendStep(session.unsaved()) === 'ask') setAskingSend(true);
            else setConfirmingSend(open);
          }}
          onConfirm={() => {
            setConfirmingSend(false);
            send.run();
          }}
        >
          <Button type="primary" loading={send.pending} disabled={send.disabled}>
            {t('send')}
          </Button>
        </Popconfirm>
      </Flex>
      <Modal
        open={askingSend}
        title={t('unsaved.title')}
        onCancel={() => setAskingSend(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setAskingSend(false)}>
            {t('unsaved.keepEditing')}
          </Button>,
          <Button
            key="save"
            type="primary"
            loading={session.saving || generate.pending || send.pending}
            onClick={() => {
              setAskingSend(false);
              // what is sent is what the user sees: saved, the files made from it, then sent; a
              // conflict or a refused field stays in the form with its notice, nothing sent
              void session
                .submit()
                .then((outcome) =>
                  outcome === 'saved' ? generate.runAsync().then(() => send.run()) : undefined,
                )
                .catch(() => undefined);
            }}
          >
            {t('unsaved.saveGenerateAndSend')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('unsaved.sendBody')}</Typography.Paragraph>
      </Modal>
      <Modal
        open={asking}
        title={t('unsaved.title')}
        onCancel={() => setAsking(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setAsking(false)}>
            {t('unsaved.keepEditing')}
          </Button>,
          <Button
            key="discard"
            danger
            onClick={() => {
              setAsking(false);
              generate.run();
            }}
          >
            {t('unsaved.discardAndGenerate')}
          </Button>,
          <Button
            key="save"
            type="primary"
            loading={session.saving}
            onClick={() => {
              setAsking(false);
              // saved: the form starts again from what was saved, and the files are made from it;
              // a conflict or a refused field stays in the form with its notice, nothing generated
              void session.submit().then((outcome) => outcome === 'saved' && generate.run());
            }}
          >
            {t('unsaved.saveAndGenerate')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('unsaved.body')}</Typography.Paragraph>
      </Modal>
    </Form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { formatDateTime } from '../../../i18n/format';
import { REQUESTS_KEY, type ReviewRequest } from '../../../features/requests/requests-api';
import { generateReport, saveDraft, sendReport, useReport } from '../../../features/report/report-api';
import { ReportDownloads } from '../../../features/report/ReportDownloads';
import { RecommendationAnswers, ReportConclusion } from '../../../features/report/SentReport';

/** The states in which a report exists or is being compiled. */
const REPORT_STATES: readonly ReviewRequest['state'][] = ['in_review', 'report_sent', 'answered', 'closed'];

interface DraftForm {
  conclusion: string;
  recommendations: { text: string }[];
}

/** "Báo cáo tổng hợp" on the staff request page: the draft, its files, sending it to the agency. */
export function ReportSection({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('report');
  const queryClient = useQueryClient();
  const report = useReport(request.id, REPORT_STATES.includes(request.state));
  const [form] = Form.useForm<DraftForm>();
  const settle = () => queryClient.invalidateQueries({ queryKey: [...REQUESTS_KEY] });
  const save = useMutation({
    mutationFn: (values: DraftForm) => saveDraft(request.id, report.data!.etag, values),
    onSettled: settle,
  });
  const generate = useMutation({
    mutationFn: () => generateReport(request.id, report.data!.etag),
    onSettled: settle,
  });
  const send = useMutation({
    mutationFn: () => sendReport(request.id, report.data!.etag),
    onSettled: settle,
  });
  if (!REPORT_STATES.includes(request.state)) return null;
  const view = report.data?.data;
  const error = save.error ?? generate.error ?? send.error;
  return (
    <section aria-labelledby="review-report">
      <Typography.Title level={2} id="review-report">
        {t('title')}
      </Typography.Title>
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Skeleton active />}
      {view && (
        <>
          <ProblemAlert error={error} />
          {save.isSuccess && <Alert type="success" showIcon role="status" title={t('saved')} />}
          {view.editable ? (
            <>
              <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
              <Form<DraftForm>
                form={form}
                layout="vertical"
                // a saved notice stays only until the draft changes again
                onValuesChange={() => save.reset()}
                key={`${request.id}-${view.version}`}
                initialValues={{
                  conclusion: view.conclusion,
                  recommendations: view.recommendations.map(({ text }) => ({ text })),
                }}
                onFinish={(values) =>
                  save.mutate({
                    conclusion: values.conclusion ?? '',
                    recommendations: (values.recommendations ?? []).map(({ text }) => ({ text })),
                  })
                }
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
                            rules={[
                              { required: true, whitespace: true, message: t('recommendationRequired') },
                            ]}
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
                <Flex gap="small" wrap style={{ marginTop: 16 }}>
                  <Button htmlType="submit" loading={save.isPending}>
                    {t('save')}
                  </Button>
                  <Button
                    onClick={() => generate.mutate()}
                    loading={generate.isPending}
                    disabled={view.version === 0}
                  >
                    {t('generate')}
                  </Button>
                  <Popconfirm
                    title={t('sendConfirm')}
                    okText={t('confirm')}
                    cancelText={t('cancel')}
                    onConfirm={() => send.mutate()}
                  >
                    <Button type="primary" loading={send.isPending} disabled={!view.generatedAt}>
                      {t('send')}
                    </Button>
                  </Popconfirm>
                </Flex>
              </Form>
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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { REQUESTS_KEY, type ReviewRequest } from '../../features/requests/requests-api';
import {
  ANSWER_DECISIONS,
  answerReport,
  type AnswerDecision,
  useReport,
} from '../../features/report/report-api';
import { ReportDownloads } from '../../features/report/ReportDownloads';
import { RecommendationAnswers, ReportConclusion } from '../../features/report/SentReport';

const SENT_STATES: readonly ReviewRequest['state'][] = ['report_sent', 'answered', 'closed'];

type AnswerForm = Record<string, { decision?: AnswerDecision; reason?: string }>;

/** The report the panel sent, and the agency's answer to each of its recommendations. */
export function AgencyReportSection({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('report');
  const queryClient = useQueryClient();
  const sent = SENT_STATES.includes(request.state);
  const report = useReport(request.id, sent);
  const [form] = Form.useForm<AnswerForm>();
  const answer = useMutation({
    mutationFn: (values: AnswerForm) =>
      answerReport(request.id, report.data!.etag, {
        answers: report.data!.data.recommendations.map((recommendation) => ({
          recommendationId: recommendation.id,
          decision: values[recommendation.id].decision!,
          reason: values[recommendation.id].reason?.trim() || null,
        })),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...REQUESTS_KEY] }),
  });
  if (!sent) return null;
  const view = report.data?.data;
  const answering = request.state === 'report_sent';
  return (
    <section aria-labelledby="agency-report">
      <Typography.Title level={2} id="agency-report">
        {t('title')}
      </Typography.Title>
      {report.isError && <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isPending && <Skeleton active />}
      {view && (
        <>
          <ReportDownloads id={request.id} report={view} />
          <ReportConclusion report={view} />
          <Typography.Title level={3}>{t('answer.title')}</Typography.Title>
          {answering ? (
            <>
              <Typography.Paragraph>{t('answer.intro')}</Typography.Paragraph>
              <ProblemAlert error={answer.error} />
              <Form<AnswerForm> form={form} layout="vertical" onFinish={(values) => answer.mutate(values)}>
                {view.recommendations.map((recommendation) => {
                  const number = recommendation.position;
                  return (
                    <fieldset key={recommendation.id} style={{ border: 0, padding: 0, marginBottom: 16 }}>
                      <Typography.Paragraph strong>
                        {t('recommendation', { number })}: {recommendation.text}
                      </Typography.Paragraph>
                      <Form.Item
                        name={[recommendation.id, 'decision']}
                        label={t('answer.decision', { number })}
                        rules={[{ required: true, message: t('answer.decisionRequired') }]}
                      >
                        {/* a label's `for` does not name a radio group: the group says its own name */}
                        <Radio.Group
                          aria-label={t('answer.decision', { number })}
                          options={ANSWER_DECISIONS.map((decision) => ({
                            value: decision,
                            label: t(`answer.${decision}`),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        noStyle
                        shouldUpdate={(before: AnswerForm, after: AnswerForm) =>
                          before[recommendation.id]?.decision !== after[recommendation.id]?.decision
                        }
                      >
                        {({ getFieldValue }) => {
                          const decision = getFieldValue([recommendation.id, 'decision']) as
                            AnswerDecision | undefined;
                          const needed = decision !== undefined && decision !== 'accepted';
                          return (
                            <Form.Item
                              name={[recommendation.id, 'reason']}
                              label={t('answer.reason', { number })}
                              rules={[
                                { required: needed, whitespace: true, message: t('answer.reasonRequired') },
                              ]}
                            >
                              <Input.TextArea autoSize maxLength={5000} />
                            </Form.Item>
                          );
                        }}
                      </Form.Item>
                    </fieldset>
                  );
                })}
                <Button type="primary" htmlType="submit" loading={answer.isPending}>
                  {t('answer.submit')}
                </Button>
              </Form>
            </>
          ) : (
            <RecommendationAnswers report={view} />
          )}
        </>
      )}
    </section>
  );
}

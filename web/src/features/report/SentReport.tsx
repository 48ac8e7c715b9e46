import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Report } from './report-api';

/** The panel's conclusion as sent, for the agency and for staff once the report is out. */
export function ReportConclusion({ report }: { report: Report }) {
  const { t } = useTranslation('report');
  if (!report.conclusion) return null;
  return (
    <>
      <Typography.Title level={3}>{t('conclusion')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{report.conclusion}</Typography.Paragraph>
    </>
  );
}

/** Each recommendation with the agency's decision, its reason and date, or that it has not answered yet. */
export function RecommendationAnswers({ report }: { report: Report }) {
  const { t } = useTranslation('report');
  return (
    <List
      dataSource={report.recommendations}
      renderItem={(recommendation) => (
        <List.Item>
          <div>
            <Typography.Text strong>
              {t('recommendation', { number: recommendation.position })}: {recommendation.text}
            </Typography.Text>
            <Typography.Paragraph>
              {recommendation.answer
                ? t('answer.given', {
                    decision: t(`answer.${recommendation.answer.decision}`),
                    when: formatDate(recommendation.answer.answeredAt),
                  }) + (recommendation.answer.reason ? `: ${recommendation.answer.reason}` : '')
                : t('answer.none')}
            </Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}

import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Report, reportFileUrl } from './report-api';

/** Links to the generated PDF and Word files of a report (nothing before the first generation). */
export function ReportDownloads({ id, report }: { id: string; report: Report }) {
  const { t } = useTranslation('report');
  if (!report.pdf && !report.docx) return <Typography.Paragraph>{t('notGenerated')}</Typography.Paragraph>;
  return (
    <Space wrap>
      {report.pdf && (
        <a href={reportFileUrl(id, 'pdf')} download>
          {t('downloadPdf')}
        </a>
      )}
      {report.docx && (
        <a href={reportFileUrl(id, 'docx')} download>
          {t('downloadDocx')}
        </a>
      )}
    </Space>
  );
}

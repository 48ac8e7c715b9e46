import { Button, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, ApiProblem } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { saveFile } from '../officer/imports/download';
import { StatsNav } from './StatsNav';

type Format = 'docx' | 'pdf';

/**
 * `/stats/report`: the yearly report for a chosen year, made on demand; the file is fetched so that
 * a refusal (a year without data) is said on the page, not saved as a file.
 */
export default function YearlyReportPage() {
  const { t } = useTranslation('stats');
  usePageTitle(t('report.title'));
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [making, setMaking] = useState<Format | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const make = async (format: Format) => {
    setProblem(null);
    setMaking(format);
    try {
      const response = await fetch(`${API_BASE}/stats/yearly-report.${format}?year=${year}`, {
        credentials: 'same-origin',
      }).catch(() => null);
      if (!response) return setProblem(ApiProblem.network());
      if (!response.ok) {
        return setProblem(ApiProblem.fromResponse(response, await response.json().catch(() => undefined)));
      }
      saveFile(await response.blob(), `bao-cao-doi-ngu-tri-thuc-${year}.${format}`);
    } finally {
      setMaking(null);
    }
  };
  return (
    <article>
      <Typography.Title level={1}>{t('report.title')}</Typography.Title>
      <StatsNav />
      <Typography.Paragraph>{t('report.intro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={t('report.year')} htmlFor="report-year">
          <InputNumber
            id="report-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(value)}
          />
        </Form.Item>
        <Flex wrap gap={8}>
          {(['docx', 'pdf'] as const).map((format) => (
            <Button
              key={format}
              type={format === 'docx' ? 'primary' : 'default'}
              loading={making === format}
              onClick={() => void make(format)}
            >
              {t(`report.${format}`)}
            </Button>
          ))}
        </Flex>
      </Form>
      <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
        {making && t('report.making')}
      </div>
      {problem && <ProblemAlert error={problem} />}
    </article>
  );
}

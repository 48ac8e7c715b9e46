import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../../api/form-errors';
import type { ApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { CAMPAIGNS_KEY, decideCampaign } from '../../../features/honors/campaigns-api';

interface DecisionValues {
  decisionNumber: string;
  decisionDate: string;
}

/**
 * The decision that awards the results (its number and date), recorded once the final round's result
 * is confirmed by the council's secretary and chair; the server says what is still missing (409).
 */
export function DecisionForm({ campaignId, etag }: { campaignId: string; etag: string }) {
  const { t } = useTranslation('honors');
  const [form] = Form.useForm<DecisionValues>();
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (values: DecisionValues) =>
      decideCampaign(campaignId, etag, {
        decisionNumber: values.decisionNumber.trim(),
        decisionDate: values.decisionDate,
      }),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY }),
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('decision.title')}</h2>}>
      <p>{t('decision.intro')}</p>
      <ProblemAlert error={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => decide.mutate(values)}
        requiredMark="optional"
      >
        <Form.Item
          name="decisionNumber"
          label={t('decision.number')}
          rules={[{ required: true, whitespace: true, message: t('decision.numberRequired') }]}
        >
          <Input maxLength={100} placeholder={t('decision.numberExample')} />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('decision.date')}
          rules={[{ required: true, message: t('decision.dateRequired') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          {t('decision.submit')}
        </Button>
      </Form>
    </Card>
  );
}

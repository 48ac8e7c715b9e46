import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Radio, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { correctionBody, correctionDraft, targetFromParams, type CorrectionDraft } from './correction';
import type { FormValue } from './fact-inputs';
import { FactInput } from './FactInput';
import { FactValue, shapeOf } from './FactValue';
import { ME_KEY, MY_CORRECTIONS_KEY, useMyProfile } from './my-profile';

type Values = Record<string, FormValue> & { action?: 'update' | 'delete'; reason?: string };

/** /me/corrections/new?field=…: asks Sở Nội vụ to correct one locked fact (or item), pre-filled. */
export default function CorrectionFormPage() {
  const { t } = useTranslation(['me', 'common']);
  usePageTitle(t('correction.title'));
  const [params] = useSearchParams();
  const target = targetFromParams(params);
  const query = useMyProfile();
  const draft = query.data && target ? correctionDraft(query.data.data, target) : undefined;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <Typography.Title level={1}>{t('correction.title')}</Typography.Title>
      <Typography.Paragraph>{t('correction.intro')}</Typography.Paragraph>
      {query.isPending && <Spin />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && !draft && (
        <Result
          status="warning"
          title={t('correction.noSuchFact')}
          extra={<Link to="/me">{t('correction.backToProfile')}</Link>}
        />
      )}
      {draft && <CorrectionForm draft={draft} />}
    </Flex>
  );
}

function CorrectionForm({ draft }: { draft: CorrectionDraft }) {
  const { t } = useTranslation(['me', 'common']);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const [unchanged, setUnchanged] = useState(false);
  const action = Form.useWatch('action', form) ?? draft.initial.action;
  const { target } = draft;
  const factLabel = 'field' in target ? t(`fields.${target.field}`) : t(`parts.${target.part}`);
  const file = useMutation({
    mutationFn: (body: NonNullable<ReturnType<typeof correctionBody>>) =>
      unwrap(api.POST('/me/correction-requests', { body })),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MY_CORRECTIONS_KEY });
      await queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true });
      await navigate('/me/corrections', { state: { filed: true } });
    },
  });
  const onFinish = ({ reason, ...values }: Values) => {
    const body = correctionBody(draft, values, reason ?? '');
    setUnchanged(body === undefined);
    if (body) file.mutate(body);
  };
  return (
    <>
      <Card size="small">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'fact', label: t('correction.fact'), children: factLabel },
            ...('field' in target
              ? [
                  {
                    key: 'current',
                    label: t('correction.current'),
                    children: <FactValue shape={shapeOf(target.field)} value={draft.current.value} />,
                  },
                ]
              : draft.inputs.map(({ name, spec }) => ({
                  key: name,
                  label: t(`partFields.${target.part}.${name}` as 'partFields.educations.year'),
                  children: <FactValue shape={spec} value={draft.current[name]} />,
                }))),
          ]}
        />
      </Card>
      <Form form={form} layout="vertical" initialValues={draft.initial} onFinish={onFinish}>
        {'part' in target && (
          <Form.Item name="action" label={t('correction.action')}>
            <Radio.Group
              options={[
                { value: 'update', label: t('correction.actionUpdate') },
                { value: 'delete', label: t('correction.actionDelete') },
              ]}
            />
          </Form.Item>
        )}
        {action !== 'delete' &&
          draft.inputs.map(({ name, spec }) => {
            const label =
              'field' in target
                ? t('correction.newValue', { fact: factLabel })
                : t(`partFields.${target.part}.${name}` as 'partFields.educations.year');
            return (
              <Form.Item key={name} name={name} label={label}>
                <FactInput spec={spec} label={label} />
              </Form.Item>
            );
          })}
        <Form.Item
          name="reason"
          label={t('correction.reason')}
          extra={t('correction.reasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('correction.reasonRequired') },
            { min: 5, message: t('correction.reasonTooShort') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
        {unchanged && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('correction.unchanged')}
            style={{ marginBottom: 16 }}
          />
        )}
        <ProblemAlert error={problem} />
        <Flex gap="small" wrap align="center">
          <Button type="primary" htmlType="submit" loading={file.isPending}>
            {t('correction.submit')}
          </Button>
          <Link to="/me">{t('common:actions.cancel')}</Link>
        </Flex>
      </Form>
    </>
  );
}

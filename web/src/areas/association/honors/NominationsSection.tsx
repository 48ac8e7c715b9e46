import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../../api/form-errors';
import { Panel } from '../../../app/Panel';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { ResponsiveTable } from '../../../app/ResponsiveTable';
import { useUrlPage } from '../../../app/url-page';
import type { CriterionValues } from '../../../features/honors/campaign-form';
import { AnswerText } from '../../../features/nominations/AnswerText';
import { LinkedWorksList } from '../../../features/nominations/LinkedWorks';
import { CriteriaList, EligibleBadge, NominationStateText } from '../../../features/nominations/CriteriaList';
import type { Nomination } from '../../../features/nominations/nomination-form';
import {
  NOMINATIONS_KEY,
  overrideCriterion,
  useNominationList,
  type NominationCriterion,
} from '../../../features/nominations/nominations-api';

const PAGE_SIZE = 20;
type Filter = 'all' | 'eligible' | 'ineligible';

/** The campaign's nominations for staff: state, eligibility with the failing criteria, and overrides. */
export function NominationsSection({
  campaignId,
  criteria,
}: {
  campaignId: string;
  criteria: readonly CriterionValues[];
}) {
  const { t } = useTranslation('nominations');
  const [filter, setFilter] = useState<Filter>('all');
  const paging = useUrlPage(PAGE_SIZE, 'nominations');
  const list = useNominationList({
    campaignId,
    ...(filter !== 'all' && { eligible: filter === 'eligible' }),
    ...paging.window,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const open = list.data?.items.find((item) => item.id === openId);
  return (
    <section aria-labelledby="campaign-nominations">
      <Typography.Title level={2} id="campaign-nominations">
        {t('staff.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('staff.intro')}</Typography.Paragraph>
      <Flex vertical gap="middle">
        <Flex gap="small" align="center" wrap>
          <label htmlFor="nominations-filter">{t('staff.filterEligible')}</label>
          <Select<Filter>
            id="nominations-filter"
            style={{ minWidth: 200 }}
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('staff.all') },
              { value: 'eligible', label: t('eligible.yes') },
              { value: 'ineligible', label: t('eligible.no') },
            ]}
          />
        </Flex>
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        <ResponsiveTable<Nomination>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: <Empty description={t('staff.none')} /> }}
          columns={[
            { key: 'nominee', title: t('columns.nominee'), render: (n) => n.nomineeName },
            {
              key: 'nominator',
              title: t('columns.nominator'),
              render: (n) => n.nominatorOrganizationName ?? t(`nominatedBy.${n.nominatedBy}`),
            },
            {
              key: 'state',
              title: t('columns.state'),
              render: (n) => <NominationStateText state={n.state} />,
            },
            {
              key: 'eligibility',
              title: t('columns.eligibility'),
              render: (n) => (
                <Flex vertical gap={2}>
                  <EligibleBadge eligible={n.eligible} />
                  {n.failingCriteria.length > 0 && (
                    <span>
                      {t('failing', { list: n.failingCriteria.map((index) => index + 1).join(', ') })}
                    </span>
                  )}
                </Flex>
              ),
            },
            { key: 'answer', title: t('columns.answer'), render: (n) => <AnswerText nomination={n} /> },
            {
              key: 'details',
              title: t('staff.details'),
              render: (n) => (
                <Button
                  size="small"
                  aria-expanded={openId === n.id}
                  aria-controls="nomination-details"
                  onClick={() => setOpenId(openId === n.id ? null : n.id)}
                >
                  {`${t('staff.details')}: ${n.nomineeName}`}
                </Button>
              ),
            },
          ]}
        />
        {open && (
          <Panel id="nomination-details" size="small">
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {`${t('staff.details')}: ${open.nomineeName}`}
            </Typography.Title>
            <LinkedWorksList works={open.linkedWorks} headingLevel={4} />
            <CriteriaList
              criteria={open.criteria}
              definitions={criteria}
              action={(criterion) => <OverrideControl nomination={open} criterion={criterion} />}
            />
          </Panel>
        )}
      </Flex>
    </section>
  );
}

function OverrideControl({
  nomination,
  criterion,
}: {
  nomination: Nomination;
  criterion: NominationCriterion;
}) {
  const { t } = useTranslation('nominations');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ outcome: 'pass' | 'fail'; reason: string }>();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (body: { outcome: 'pass' | 'fail'; reason: string }) =>
      overrideCriterion(nomination.id, `"${nomination.version}"`, criterion.index, body),
    onSuccess: () => {
      void message.success(t('staff.overridden'));
      setEditing(false);
    },
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY }),
  });
  if (criterion.mode !== 'automatic') return null;
  if (!editing)
    return (
      <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
        {t('staff.override')}
      </Button>
    );
  const prefix = `override-${nomination.id}-${criterion.index}`;
  return (
    <Form
      form={form}
      name={prefix}
      layout="vertical"
      initialValues={{ outcome: criterion.effectiveOutcome === 'pass' ? 'fail' : 'pass' }}
      onFinish={(values) => {
        setProblem(undefined);
        save.mutate({ outcome: values.outcome, reason: values.reason.trim() });
      }}
    >
      <Typography.Text strong>{t('staff.overrideTitle', { number: criterion.index + 1 })}</Typography.Text>
      <Form.Item name="outcome" label={t('staff.overrideOutcome')}>
        <Radio.Group
          options={(['pass', 'fail'] as const).map((value) => ({ value, label: t(`outcome.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('staff.overrideReason')}
        rules={[{ required: true, min: 5, whitespace: true, message: t('staff.overrideReasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={2_000} />
      </Form.Item>
      <ProblemAlert error={problem} />
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('staff.overrideSave')}
        </Button>
        <Button onClick={() => setEditing(false)}>{t('form.cancel')}</Button>
      </Space>
    </Form>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { formatNumber } from '../../i18n/format';
import { CatalogSelect } from '../../features/catalog/CatalogSelect';
import {
  REQUEST_KINDS,
  REQUESTS_KEY,
  useRequest,
  type RequestKind,
  type ReviewRequest,
} from '../../features/requests/requests-api';

const PROPOSAL_MAX_CHARS = 200_000;

type Drafter = Schemas['DrafterInput'];

interface Values {
  kind: RequestKind;
  title: string;
  summary: string;
  proposalText?: string;
  fieldCodes: string[];
  panelSizeMin: number;
  panelSizeMax: number;
  deadline: string;
  opinionsAttributed: boolean;
  opinionsVisibleToMembers: boolean;
  drafters: Drafter[];
}

/** /agency/requests/new and /agency/requests/:id/edit: a request's content, saved as a draft or as changed. */
export default function RequestFormPage() {
  const { id } = useParams();
  if (!id) return <RequestForm />;
  return <EditRequestForm id={id} />;
}

function EditRequestForm({ id }: { id: string }) {
  const request = useRequest(id);
  if (request.error) return <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <Skeleton active />;
  return <RequestForm existing={request.data} />;
}

function initialValues(request?: ReviewRequest): Partial<Values> {
  if (!request) {
    return { fieldCodes: [], panelSizeMin: 5, panelSizeMax: 7, opinionsAttributed: true, drafters: [] };
  }
  return {
    kind: request.kind,
    title: request.title,
    summary: request.summary,
    proposalText: request.proposalText ?? undefined,
    fieldCodes: request.fieldCodes,
    panelSizeMin: request.panelSizeMin,
    panelSizeMax: request.panelSizeMax,
    deadline: request.deadline,
    opinionsAttributed: request.opinionsAttributed,
    opinionsVisibleToMembers: request.opinionsVisibleToMembers,
    drafters: request.drafters.map(({ intellectualId, name, organizationId }) => ({
      intellectualId,
      name,
      organizationId,
    })),
  };
}

function bodyOf(values: Values) {
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: values.summary.trim(),
    proposalText: values.proposalText?.trim() ? values.proposalText : null,
    fieldCodes: values.fieldCodes,
    panelSizeMin: values.panelSizeMin,
    panelSizeMax: values.panelSizeMax,
    deadline: values.deadline,
    opinionsAttributed: values.opinionsAttributed,
    opinionsVisibleToMembers: values.opinionsVisibleToMembers,
    // a linked drafter is sent by profile; a typed one by name
    drafters: (values.drafters ?? []).map((drafter) =>
      drafter.intellectualId
        ? { intellectualId: drafter.intellectualId, organizationId: drafter.organizationId ?? undefined }
        : { name: drafter.name?.trim(), organizationId: drafter.organizationId ?? undefined },
    ),
  };
}

function RequestForm({ existing }: { existing?: { data: ReviewRequest; etag: string } }) {
  const { t } = useTranslation('requests');
  const title = existing ? t('form.editTitle') : t('form.createTitle');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      existing
        ? unwrap(
            api.PATCH('/review-requests/{id}', {
              params: { path: { id: existing.data.id }, header: { 'If-Match': existing.etag } },
              body: bodyOf(values),
            }),
          )
        : unwrap(api.POST('/review-requests', { body: bodyOf(values) })),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
      await navigate(`/agency/requests/${saved.id}`);
    },
  });
  const drafters = Form.useWatch<Drafter[] | undefined>('drafters', { form, preserve: true }) ?? [];
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      <Typography.Title level={1}>{title}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(existing?.data)}
        // every value, not only the mounted fields': a linked drafter has no input but keeps its profile
        onFinish={() => save.mutate(form.getFieldsValue(true) as Values)}
      >
        <Form.Item
          name="kind"
          label={t('form.kind')}
          rules={[{ required: true, message: t('form.kindRequired') }]}
        >
          <Select
            aria-label={t('form.kind')}
            options={REQUEST_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('form.title')}
          rules={[{ required: true, whitespace: true, message: t('form.titleRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('form.summary')}
          rules={[{ required: true, whitespace: true, message: t('form.summaryRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="proposalText" label={t('form.proposalText')} extra={t('form.proposalHelp')}>
          <Input.TextArea
            rows={10}
            // antd draws the count below the box, out of the flow: room for it above the help text
            style={{ marginBottom: 24 }}
            maxLength={PROPOSAL_MAX_CHARS}
            showCount={{
              formatter: ({ count, maxLength }) =>
                t('form.proposalCount', { count: formatNumber(count), max: formatNumber(maxLength ?? 0) }),
            }}
          />
        </Form.Item>
        <Form.Item
          name="fieldCodes"
          label={t('form.fields')}
          rules={[{ required: true, type: 'array', min: 1, message: t('form.fieldsRequired') }]}
        >
          <CatalogSelect catalog="fields" multiple label={t('form.fields')} />
        </Form.Item>
        <Flex wrap gap="middle">
          <Form.Item
            name="panelSizeMin"
            label={t('form.panelSizeMin')}
            rules={[{ required: true, message: t('form.panelSizeRequired') }]}
          >
            <InputNumber min={3} max={15} precision={0} />
          </Form.Item>
          <Form.Item
            name="panelSizeMax"
            label={t('form.panelSizeMax')}
            dependencies={['panelSizeMin']}
            rules={[
              { required: true, message: t('form.panelSizeRequired') },
              ({ getFieldValue }) => ({
                validator: (_, max?: number) =>
                  max === undefined || max === null || max >= getFieldValue('panelSizeMin')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('form.panelSizeOrder'))),
              }),
            ]}
          >
            <InputNumber min={3} max={15} precision={0} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('form.deadline')}
            rules={[{ required: true, message: t('form.deadlineRequired') }]}
          >
            <Input type="date" />
          </Form.Item>
        </Flex>
        <Form.Item name="opinionsAttributed" valuePropName="checked">
          <Checkbox>{t('form.opinionsAttributed')}</Checkbox>
        </Form.Item>
        <Form.Item name="opinionsVisibleToMembers" valuePropName="checked">
          <Checkbox>{t('form.opinionsVisibleToMembers')}</Checkbox>
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Typography.Text strong>{t('form.drafters')}</Typography.Text>
          </legend>
          <Typography.Paragraph type="secondary">{t('form.draftersHelp')}</Typography.Paragraph>
          <Form.List name="drafters">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Flex key={item.key} gap="small" align="baseline">
                    {drafters[index]?.intellectualId ? (
                      <Flex gap="small" align="center" style={{ marginBottom: 24 }}>
                        <Typography.Text>{drafters[index]?.name}</Typography.Text>
                        <Tag>{t('form.linkedProfile')}</Tag>
                      </Flex>
                    ) : (
                      <Form.Item
                        name={[item.name, 'name']}
                        label={t('form.drafterName', { number: index + 1 })}
                        rules={[{ required: true, whitespace: true, message: t('form.drafterNameRequired') }]}
                        style={{ flex: 1 }}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                    )}
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('form.removeDrafter', { number: index + 1 })}
                      onClick={() => remove(item.name)}
                    />
                  </Flex>
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                    {t('form.addDrafter')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <ProblemAlert error={problem} />
        <Flex wrap gap="small" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {existing ? t('form.save') : t('form.saveDraft')}
          </Button>
          <ButtonLink to={existing ? `/agency/requests/${existing.data.id}` : '/agency/requests'}>
            {t('form.cancel')}
          </ButtonLink>
        </Flex>
      </Form>
    </Flex>
  );
}

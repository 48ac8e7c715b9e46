import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { formatNumber } from '../../i18n/format';
import { CatalogSelect } from '../../features/catalog/CatalogSelect';
import { EditSessionNotices } from '../../features/edit-session/EditSessionNotices';
import { useEditSession, type Base } from '../../features/edit-session/use-edit-session';
import { RequestConflictNotice, type CurrentRequest } from '../../features/requests/RequestConflictNotice';
import {
  fromRequestForm,
  REQUEST_FIELDS,
  requestBody,
  requestValues,
  toRequestForm,
  type RequestFormValues,
} from '../../features/requests/request-values';
import {
  fetchRequest,
  REQUEST_KINDS,
  requestKey,
  REQUESTS_KEY,
  useRequest,
  type ReviewRequest,
} from '../../features/requests/requests-api';

const PROPOSAL_MAX_CHARS = 200_000;

type Drafter = Schemas['DrafterInput'];
type Values = RequestFormValues;
type Body = Schemas['CreateReviewRequestDto'];

/** /agency/requests/new and /agency/requests/:id/edit: a request's content, saved as a draft or as changed. */
export default function RequestFormPage() {
  const { id } = useParams();
  if (!id) return <CreateRequestForm />;
  return <EditRequestForm id={id} />;
}

function EditRequestForm({ id }: { id: string }) {
  const request = useRequest(id);
  if (request.error) return <ProblemAlert error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <Skeleton active />;
  return <EditForm existing={request.data} />;
}

const NEW_REQUEST: Partial<Values> = {
  fieldCodes: [],
  panelSizeMin: 5,
  panelSizeMax: 7,
  opinionsAttributed: true,
  drafters: [],
};

function CreateRequestForm() {
  const { t } = useTranslation('requests');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      unwrap(api.POST('/review-requests', { body: requestBody(fromRequestForm({ ...values })) as Body })),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
      await navigate(`/agency/requests/${saved.id}`);
    },
  });
  return (
    <RequestFormFrame
      title={t('form.createTitle')}
      form={form}
      initialValues={NEW_REQUEST}
      onFinish={(values) => save.mutate(values)}
      notices={<ProblemAlert error={problem} />}
      saving={save.isPending}
      submitLabel={t('form.saveDraft')}
      cancelTo="/agency/requests"
    />
  );
}

/**
 * A stored request's form on the shared edit session: the save sends only what the user changed,
 * and a 412 (staff or a colleague saved it meanwhile) shows their change, with reapply or discard.
 */
function EditForm({ existing }: { existing: { data: ReviewRequest; etag: string } }) {
  const { t } = useTranslation('requests');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { id } = existing.data;
  const session = useEditSession<Base, CurrentRequest>({
    form,
    fields: REQUEST_FIELDS,
    initial: { values: requestValues(existing.data), etag: existing.etag },
    send: (patch, etag) =>
      unwrap(
        api.PATCH('/review-requests/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: requestBody(patch),
        }),
      ),
    load: async () => ({ current: await fetchRequest(id) }),
    baseIn: ({ current }) => ({ values: requestValues(current.data), etag: current.etag }),
    fromForm: fromRequestForm,
    toForm: toRequestForm,
    onCurrent: ({ current }) => queryClient.setQueryData(requestKey(id), current),
    savedText: t('form.saved'),
    unchangedText: t('form.unchanged'),
    onSaved: () =>
      void queryClient
        .invalidateQueries({ queryKey: REQUESTS_KEY })
        .then(() => navigate(`/agency/requests/${id}`)),
  });
  return (
    <RequestFormFrame
      title={t('form.editTitle')}
      form={form}
      initialValues={toRequestForm(requestValues(existing.data))}
      // every value, not only the mounted fields': a linked drafter has no input but keeps its profile
      onFinish={() => void session.submit(form.getFieldsValue(true) as Record<string, unknown>)}
      notices={
        <EditSessionNotices
          session={session}
          conflict={
            session.conflict && (
              <RequestConflictNotice
                conflict={session.conflict}
                onReapply={session.reapplyInForm}
                onDiscard={session.discard}
              />
            )
          }
        />
      }
      saving={session.saving}
      submitLabel={t('form.save')}
      cancelTo={`/agency/requests/${id}`}
    />
  );
}

/** The request's fields, with what the form shows where the user saves and the buttons. */
function RequestFormFrame({
  title,
  form,
  initialValues,
  onFinish,
  notices,
  saving,
  submitLabel,
  cancelTo,
}: {
  title: string;
  form: FormInstance<Values>;
  initialValues: Partial<Values>;
  onFinish: (values: Values) => void;
  notices: ReactNode;
  saving: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation('requests');
  usePageTitle(title);
  const drafters = Form.useWatch<Drafter[] | undefined>('drafters', { form, preserve: true }) ?? [];
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      <Typography.Title level={1}>{title}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => onFinish(form.getFieldsValue(true) as Values)}
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
        {notices}
        <Flex wrap gap="small" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {submitLabel}
          </Button>
          <ButtonLink to={cancelTo}>{t('form.cancel')}</ButtonLink>
        </Flex>
      </Form>
    </Flex>
  );
}

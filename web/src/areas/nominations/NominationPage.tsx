import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { showFieldErrors } from '../../api/form-errors';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { useSession } from '../../auth/session';
import { ConflictNotice } from '../../features/edit-session/ConflictNotice';
import { EditSessionNotices } from '../../features/edit-session/EditSessionNotices';
import { useEditSession, type Base } from '../../features/edit-session/use-edit-session';
import { AnswerText } from '../../features/nominations/AnswerText';
import { LinkedWorksList, WorksFields } from '../../features/nominations/LinkedWorks';
import { titlesOf } from '../../features/nominations/linked-works';
import { CriteriaList, EligibleBadge, NominationStateText } from '../../features/nominations/CriteriaList';
import {
  createBody,
  EDITED_FIELDS,
  formOf,
  nominatorChoices,
  updateBody,
  valuesFromForm,
  valuesOf,
  type NominatedBy,
  type Nomination,
  type NominationFields,
  type OpenCampaign,
} from '../../features/nominations/nomination-form';
import {
  createNomination,
  fetchNomination,
  NOMINATIONS_KEY,
  signDeclaration,
  submitNomination,
  updateNomination,
  useNomination,
  useLinkableWorks,
  useNominationCheck,
  useOpenCampaigns,
  withdrawNomination,
} from '../../features/nominations/nominations-api';
import { formatDate, formatDateTime } from '../../i18n/format';
import { PersonPicker } from '../admin/PersonPicker';

const FORM_STYLE = { maxWidth: 720 } as const;

/** /nominations/new?campaign=…: who nominates whom, then the draft's content; creates the draft. */
export function NewNominationPage() {
  const { t } = useTranslation('nominations');
  usePageTitle(t('form.newTitle'));
  const [params] = useSearchParams();
  const campaigns = useOpenCampaigns();
  const campaign = campaigns.data?.items.find((item) => item.id === params.get('campaign'));
  return (
    <Flex vertical gap="middle">
      <Link to="/nominations">{t('form.back')}</Link>
      <Typography.Title level={1}>{t('form.newTitle')}</Typography.Title>
      <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      {campaigns.isPending && <Skeleton active />}
      {campaigns.data && !campaign && <Alert type="warning" showIcon title={t('campaign.notOpen')} />}
      {campaign && <NewNominationForm campaign={campaign} />}
    </Flex>
  );
}

function CampaignHeader({ campaign }: { campaign: OpenCampaign }) {
  const { t } = useTranslation(['nominations', 'honors']);
  return (
    <Flex vertical gap={4}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {campaign.title}
      </Typography.Title>
      <span>{t(`honors:kinds.${campaign.kind}`)}</span>
      <span>
        {t('campaign.dates', {
          from: formatDate(campaign.nominationsOpen),
          to: formatDate(campaign.nominationsClose),
        })}
      </span>
    </Flex>
  );
}

interface NewFields extends NominationFields {
  nominatedBy?: NominatedBy;
  nomineeId?: string | null;
}

function NewNominationForm({ campaign }: { campaign: OpenCampaign }) {
  const { t } = useTranslation('nominations');
  const { session, can } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewFields>();
  const choices = nominatorChoices(
    {
      organizationId: session?.account.organizationId,
      intellectualId: session?.account.intellectualId,
      staff: can('honors.manage'),
    },
    campaign,
  );
  const nominatedBy = Form.useWatch('nominatedBy', form) ?? choices[0];
  const [problem, setProblem] = useState<unknown>();
  const create = useMutation({
    mutationFn: (fields: NewFields) => {
      const nomineeId =
        fields.nominatedBy === 'self' ? (session?.account.intellectualId ?? '') : (fields.nomineeId ?? '');
      return createNomination(
        createBody(campaign.id, nomineeId, fields.nominatedBy ?? choices[0], valuesFromForm(fields)),
      );
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY });
      void navigate(`/nominations/${created.data.id}`, { replace: true });
    },
    onError: (error) => setProblem(showFieldErrors(form, error)),
  });
  return (
    <Flex vertical gap="middle">
      <CampaignHeader campaign={campaign} />
      <Form<NewFields>
        form={form}
        layout="vertical"
        style={FORM_STYLE}
        initialValues={{ nominatedBy: choices[0], ...formOf({}) }}
        onFinish={(fields) => {
          setProblem(undefined);
          create.mutate(fields);
        }}
      >
        {choices.length > 1 && (
          <Form.Item name="nominatedBy" label={t('form.as')}>
            <Radio.Group
              options={choices.map((choice) => ({ value: choice, label: t(`nominatedBy.${choice}`) }))}
            />
          </Form.Item>
        )}
        {choices.length === 1 && (
          <Form.Item name="nominatedBy" hidden>
            <Input />
          </Form.Item>
        )}
        {nominatedBy === 'self' ? (
          <Typography.Paragraph strong>{t('form.selfNominee')}</Typography.Paragraph>
        ) : (
          <Form.Item
            name="nomineeId"
            label={t('form.nominee')}
            htmlFor="nomination-nominee"
            rules={[{ required: true, message: t('form.nomineeRequired') }]}
            extra={nominatedBy === 'organization' ? t('form.directoryHelp') : undefined}
          >
            <PersonPicker
              id="nomination-nominee"
              source={nominatedBy === 'staff' ? 'staff' : 'directory'}
              labels={{
                placeholder: t('form.nomineePlaceholder'),
                typeToSearch: t('form.typeToSearch'),
                noPerson: t('form.noPerson'),
                chosen: t('form.chosen'),
                clear: t('form.clear'),
              }}
            />
          </Form.Item>
        )}
        <ContentFields campaign={campaign} />
        <Typography.Paragraph type="secondary">{t('works.saveFirst')}</Typography.Paragraph>
        <ProblemAlert error={problem} />
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('form.create')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary">{t('check.saveToCheck')}</Typography.Paragraph>
    </Flex>
  );
}

/** The category, the work and the statement: the fields a draft changes. */
function ContentFields({ campaign }: { campaign?: OpenCampaign }) {
  const { t } = useTranslation('nominations');
  const categories = campaign?.categories ?? [];
  const workRequired = campaign?.requiresWork ?? false;
  return (
    <>
      {categories.length > 0 && (
        <Form.Item
          name="category"
          label={t('form.category')}
          rules={[{ required: true, message: t('form.categoryRequired') }]}
        >
          <Select options={categories.map((category) => ({ value: category, label: category }))} />
        </Form.Item>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('form.work')}</legend>
        {workRequired && <Typography.Paragraph>{t('form.workRequired')}</Typography.Paragraph>}
        <Form.Item
          name={['work', 'title']}
          label={t('form.workTitle')}
          rules={workRequired ? [{ required: true, min: 3, message: t('form.workTitleRequired') }] : []}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name={['work', 'summary']}
          label={t('form.workSummary')}
          rules={workRequired ? [{ required: true, min: 10, message: t('form.workSummaryRequired') }] : []}
        >
          <Input.TextArea rows={4} maxLength={10_000} />
        </Form.Item>
        <Form.Item name={['work', 'appliedIn']} label={t('form.workAppliedIn')}>
          <Input maxLength={2_000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name={['work', 'fromYear']} label={t('form.workFromYear')}>
            <InputNumber min={1950} max={2100} />
          </Form.Item>
          <Form.Item name={['work', 'toYear']} label={t('form.workToYear')}>
            <InputNumber min={1950} max={2100} />
          </Form.Item>
        </Space>
      </fieldset>
      <Form.Item name="statement" label={t('form.statement')}>
        <Input.TextArea rows={5} maxLength={20_000} />
      </Form.Item>
    </>
  );
}

/** /nominations/:id: a draft to change, check live, sign and submit; otherwise what was sent. */
export function ExistingNominationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('nominations');
  usePageTitle(t('form.editTitle'));
  const nomination = useNomination(id);
  const campaigns = useOpenCampaigns();
  if (nomination.error)
    return <ProblemAlert error={nomination.error} onRetry={() => void nomination.refetch()} />;
  if (!nomination.data) return <Skeleton active />;
  const { data, etag } = nomination.data;
  const campaign = campaigns.data?.items.find((item) => item.id === data.campaignId);
  return (
    <Flex vertical gap="middle">
      <Link to="/nominations">{t('form.back')}</Link>
      <Typography.Title level={1}>
        {t('form.editTitle')}: {data.nomineeName}
      </Typography.Title>
      <NominationFacts nomination={data} />
      {data.state === 'draft' ? (
        // a new version (saved, signed) starts the edit session again from it
        <DraftEditor key={etag} nomination={data} etag={etag} campaign={campaign} />
      ) : (
        <SentNomination nomination={data} etag={etag} campaign={campaign} />
      )}
    </Flex>
  );
}

function NominationFacts({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation('nominations');
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'campaign', label: t('columns.campaign'), children: nomination.campaignTitle },
        { key: 'nominee', label: t('columns.nominee'), children: nomination.nomineeName },
        {
          key: 'nominator',
          label: t('columns.nominator'),
          children: nomination.nominatorOrganizationName ?? t(`nominatedBy.${nomination.nominatedBy}`),
        },
        {
          key: 'state',
          label: t('columns.state'),
          children: <NominationStateText state={nomination.state} />,
        },
        ...(nomination.state !== 'draft'
          ? [
              {
                key: 'eligibility',
                label: t('columns.eligibility'),
                children: <EligibleBadge eligible={nomination.eligible} />,
              },
              { key: 'answer', label: t('columns.answer'), children: <AnswerText nomination={nomination} /> },
            ]
          : []),
      ]}
    />
  );
}

type Current = { data: Nomination; etag: string };

function DraftEditor({
  nomination,
  etag,
  campaign,
}: {
  nomination: Nomination;
  etag: string;
  campaign?: OpenCampaign;
}) {
  const { t } = useTranslation('nominations');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NominationFields>();
  const [dirty, setDirty] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY });
  const session = useEditSession<Base, Current>({
    form,
    fields: EDITED_FIELDS,
    initial: { values: { ...valuesOf(nomination) }, etag },
    send: (patch, ifMatch) => updateNomination(nomination.id, ifMatch, updateBody(patch)),
    load: () => fetchNomination(nomination.id),
    baseIn: (current) => ({ values: { ...valuesOf(current.data) }, etag: current.etag }),
    fromForm: (values) => ({ ...valuesFromForm(values) }),
    toForm: (values) => ({ ...formOf(values) }),
    savedText: t('form.saved'),
    unchangedText: t('form.unchanged'),
    onSaved: () => void refresh(),
  });
  const check = useNominationCheck(nomination.id, true);
  const submit = useMutation({
    mutationFn: () => submitNomination(nomination.id, session.base.etag),
    onSuccess: () => void message.success(t('form.submitted')),
    onSettled: () => refresh(),
  });
  const sign = useMutation({
    mutationFn: ({ index, text }: { index: number; text: string }) =>
      signDeclaration(nomination.id, session.base.etag, index, text),
    onSettled: () => refresh(),
  });
  const fieldLabel = (field: string) => t(`form.fields.${field as 'category'}`);
  const linkable = useLinkableWorks(nomination.id);
  const formatValue = (_field: string, value: unknown) => {
    if (Array.isArray(value)) {
      if (value.length === 0) return t('form.empty');
      const known = [...nomination.linkedWorks, ...(linkable.data?.items ?? [])];
      return titlesOf(value as string[], known).join('; ');
    }
    if (value === null || value === undefined || value === '') return t('form.empty');
    if (typeof value === 'object') return (value as { title?: string }).title ?? '';
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  return (
    <Flex vertical gap="middle">
      {campaign && <CampaignHeader campaign={campaign} />}
      <Form<NominationFields>
        form={form}
        layout="vertical"
        style={FORM_STYLE}
        initialValues={formOf(valuesOf(nomination))}
        onValuesChange={() => setDirty(true)}
        // the whole state: a kind of work with no checkboxes (none to choose) keeps its links
        onFinish={() => void session.submit(form.getFieldsValue(true) as Record<string, unknown>)}
      >
        <ContentFields campaign={campaign} />
        <WorksFields nominationId={nomination.id} linked={nomination.linkedWorks} />
        <EditSessionNotices
          session={session}
          conflict={
            session.conflict && (
              <ConflictNotice
                title={t('form.conflictTitle')}
                intro={t('form.conflictIntro')}
                result={session.conflict.result}
                noVisibleChangesText={t('form.noVisibleChanges')}
                labelOf={fieldLabel}
                format={formatValue}
                reapplyLabel={t('form.reapply')}
                discardLabel={t('form.discard')}
                onReapply={session.reapplyInForm}
                onDiscard={session.discard}
              />
            )
          }
        />
        <Button type="primary" htmlType="submit" loading={session.saving}>
          {t('form.save')}
        </Button>
      </Form>
      <section aria-labelledby="nomination-check">
        <Typography.Title level={2} id="nomination-check">
          {t('check.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('check.intro')}</Typography.Paragraph>
        <ProblemAlert error={check.error} onRetry={() => void check.refetch()} />
        <ProblemAlert error={sign.error} />
        {dirty && <Alert type="info" showIcon title={t('form.saveFirst')} />}
        {check.isPending && <Skeleton active />}
        {check.data && (
          <Flex vertical gap="small" aria-live="polite">
            <Typography.Text strong>
              {check.data.eligible ? t('check.summaryPass') : t('check.summaryFail')}
            </Typography.Text>
            <CriteriaList
              criteria={check.data.criteria}
              definitions={campaign?.criteria}
              action={(criterion) =>
                criterion.mode === 'declared' &&
                !criterion.signature &&
                criterion.declarationText && (
                  <Popconfirm
                    title={t('check.signConfirm', { text: criterion.declarationText })}
                    okText={t('form.confirm')}
                    cancelText={t('form.cancel')}
                    onConfirm={() =>
                      sign.mutate({ index: criterion.index, text: criterion.declarationText! })
                    }
                  >
                    <Button
                      disabled={dirty}
                      loading={sign.isPending && sign.variables?.index === criterion.index}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('check.sign')}
                    </Button>
                  </Popconfirm>
                )
              }
            />
            <Button onClick={() => void check.refetch()} style={{ alignSelf: 'flex-start' }}>
              {t('check.refresh')}
            </Button>
          </Flex>
        )}
      </section>
      <ProblemAlert error={submit.error} />
      <Popconfirm
        title={t('form.submitConfirm')}
        okText={t('form.confirm')}
        cancelText={t('form.cancel')}
        onConfirm={() => submit.mutate()}
      >
        <Button
          type="primary"
          disabled={dirty}
          loading={submit.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('form.submit')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

/** What was submitted: the content, the stored evaluation, and withdrawing while it still stands. */
function SentNomination({
  nomination,
  etag,
  campaign,
}: {
  nomination: Nomination;
  etag: string;
  campaign?: OpenCampaign;
}) {
  const { t } = useTranslation('nominations');
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => withdrawNomination(nomination.id, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOMINATIONS_KEY }),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary">{t('form.readOnly')}</Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        items={[
          ...(nomination.category
            ? [{ key: 'category', label: t('columns.category'), children: nomination.category }]
            : []),
          ...(nomination.work
            ? [
                { key: 'work', label: t('form.workTitle'), children: nomination.work.title },
                { key: 'summary', label: t('form.workSummary'), children: nomination.work.summary },
              ]
            : []),
          ...(nomination.statement
            ? [{ key: 'statement', label: t('form.statement'), children: nomination.statement }]
            : []),
        ]}
      />
      <LinkedWorksList works={nomination.linkedWorks} headingLevel={2} />
      <section aria-labelledby="nomination-eligibility">
        <Typography.Title level={2} id="nomination-eligibility">
          {t('check.title')}
        </Typography.Title>
        {nomination.evaluatedAt && (
          <Typography.Paragraph>
            {t('check.stored', { when: formatDateTime(nomination.evaluatedAt) })}
          </Typography.Paragraph>
        )}
        <CriteriaList criteria={nomination.criteria} definitions={campaign?.criteria} />
      </section>
      <ProblemAlert error={withdraw.error} />
      {(nomination.state === 'submitted' || nomination.state === 'accepted') && (
        <Popconfirm
          title={t('form.withdrawConfirm')}
          okText={t('form.confirm')}
          cancelText={t('form.cancel')}
          onConfirm={() => withdraw.mutate()}
        >
          <Button danger loading={withdraw.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('form.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

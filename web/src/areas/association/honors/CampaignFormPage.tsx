import { ArrowDownOutlined, ArrowUpOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { showFieldErrors } from '../../../api/form-errors';
import { isStale } from '../../../api/problem';
import { ButtonLink } from '../../../app/ButtonLink';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { CatalogSelect } from '../../../features/catalog/CatalogSelect';
import { useCatalog } from '../../../features/catalog/use-catalog';
import { CampaignSetupView } from '../../../features/honors/CampaignSetupView';
import {
  createBodyOf,
  emptyValues,
  setupOf,
  suggestedSetup,
  valuesOf,
  type CampaignValues,
} from '../../../features/honors/campaign-form';
import {
  CAMPAIGN_KINDS,
  CAMPAIGNS_KEY,
  EDITABLE_STATES,
  createCampaign,
  updateCampaign,
  useCampaign,
  type Campaign,
} from '../../../features/honors/campaigns-api';
import { CriterionRow } from './CriterionRow';
import { ScoringFields } from './ScoringFields';

/** /honors/campaigns/new and /honors/campaigns/:id/edit: a campaign's setup, saved as a draft or as changed. */
export default function CampaignFormPage() {
  const { id } = useParams();
  if (!id) return <CampaignForm />;
  return <EditCampaignForm id={id} />;
}

function EditCampaignForm({ id }: { id: string }) {
  const { t } = useTranslation('honors');
  const campaign = useCampaign(id);
  // what the user tried to save when someone else had changed the campaign: kept across the reload
  const [unsaved, setUnsaved] = useState<CampaignValues>();
  const organizations = useCatalog('organizations');
  if (campaign.error) return <ProblemAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Skeleton active />;
  const { data } = campaign.data;
  if (!EDITABLE_STATES.includes(data.state)) {
    return (
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={t('form.notEditable', { state: t(`states.${data.state}`) })} />
        <ButtonLink to={`/honors/campaigns/${id}`}>{t('detail.back')}</ButtonLink>
      </Flex>
    );
  }
  return (
    <>
      {unsaved && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('form.conflictTitle')}
          description={
            <Flex vertical gap="small">
              <span>{t('form.conflictIntro')}</span>
              <div>
                <Button onClick={() => void campaign.refetch()} loading={campaign.isFetching}>
                  {t('form.reload')}
                </Button>
              </div>
              <Typography.Text strong>{t('form.yourValues')}</Typography.Text>
              <CampaignSetupView
                setup={unsaved}
                organizer={
                  unsaved.organizerOrganizationId
                    ? organizations.nameOf(unsaved.organizerOrganizationId)
                    : (unsaved.organizerName ?? '')
                }
              />
            </Flex>
          }
        />
      )}
      {/* a new version (after a reload) starts the form again from what is stored now */}
      <CampaignForm
        key={campaign.data.etag}
        existing={campaign.data}
        onStale={setUnsaved}
        onSaved={() => setUnsaved(undefined)}
      />
    </>
  );
}

function CampaignForm({
  existing,
  onStale,
  onSaved,
}: {
  existing?: { data: Campaign; etag: string };
  onStale?: (values: CampaignValues) => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation('honors');
  const title = existing ? t('form.editTitle') : t('form.createTitle');
  usePageTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CampaignValues>();
  const [problem, setProblem] = useState<unknown>();
  const [suggested, setSuggested] = useState(false);
  const save = useMutation({
    mutationFn: (values: CampaignValues) =>
      existing
        ? updateCampaign(existing.data.id, existing.etag, setupOf(values))
        : createCampaign(createBodyOf(values)),
    onMutate: () => setProblem(undefined),
    onError: (error, values) => {
      if (isStale(error)) onStale?.(values);
      else setProblem(showFieldErrors(form, error));
    },
    onSuccess: async (saved) => {
      onSaved?.();
      await queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY });
      await navigate(`/honors/campaigns/${saved.id}`);
    },
  });
  const criteria = Form.useWatch('criteria', { form, preserve: true }) ?? [];
  const organizerId = Form.useWatch('organizerOrganizationId', form);
  // a new campaign of a kind with a known shape starts from it, while the lists are still untouched
  const onValuesChange = (changed: Partial<CampaignValues>, all: CampaignValues) => {
    if (existing || !changed.kind) return;
    const setup = suggestedSetup(changed.kind);
    const untouched = !all.categories?.length && !all.prizeLevels?.length && !all.rounds?.length;
    if (setup && untouched) {
      form.setFieldsValue(setup);
      setSuggested(true);
    }
  };
  // a round's scoring threshold goes with it when it moves or goes
  const moveThreshold = (from: number, to: number | null) => {
    const thresholds = [...((form.getFieldValue(['scoring', 'thresholds']) as unknown[] | undefined) ?? [])];
    // padded first: a shorter list would put a moved threshold at its end, not at its round
    while (thresholds.length <= Math.max(from, to ?? 0)) thresholds.push(undefined);
    const [moved] = thresholds.splice(from, 1);
    if (to !== null) thresholds.splice(to, 0, moved);
    form.setFieldValue(['scoring', 'thresholds'], thresholds);
  };
  const removeButton = (label: string, onClick: () => void) => (
    <Button type="text" icon={<MinusCircleOutlined />} aria-label={label} onClick={onClick} />
  );
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 860 }}>
      <Typography.Title level={1}>{title}</Typography.Title>
      <Form<CampaignValues>
        form={form}
        layout="vertical"
        initialValues={existing ? valuesOf(existing.data) : emptyValues()}
        onValuesChange={onValuesChange}
        onFinish={() => save.mutate(form.getFieldsValue(true) as CampaignValues)}
      >
        <Form.Item
          name="kind"
          label={t('form.kind')}
          rules={[{ required: true, message: t('form.kindRequired') }]}
        >
          <Select
            aria-label={t('form.kind')}
            disabled={Boolean(existing)}
            options={CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </Form.Item>
        <Flex wrap gap="middle">
          <Form.Item
            name="title"
            label={t('form.title')}
            rules={[{ required: true, whitespace: true, min: 5, message: t('form.titleRequired') }]}
            style={{ flex: '1 1 400px', minWidth: 0 }}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('form.year')}
            rules={[{ required: true, message: t('form.yearRequired') }]}
          >
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="organizerOrganizationId" label={t('form.organizer')} extra={t('form.organizerHelp')}>
          <CatalogSelect catalog="organizations" label={t('form.organizer')} />
        </Form.Item>
        {!organizerId && (
          <Form.Item
            name="organizerName"
            label={t('form.organizerName')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('form.organizerNameRequired') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
        <fieldset className="fact-group">
          <legend>{t('form.dates')}</legend>
          <Flex wrap gap="middle">
            {(['nominationsOpen', 'nominationsClose'] as const).map((name) => (
              <Form.Item
                key={name}
                name={name}
                label={t(`form.${name}`)}
                rules={[{ required: true, message: t('form.dateRequired') }]}
              >
                <Input type="date" />
              </Form.Item>
            ))}
            <Form.Item name="ceremonyDate" label={t('form.ceremonyDate')}>
              <Input type="date" />
            </Form.Item>
          </Flex>
        </fieldset>
        <Form.Item name="allowsSelfNomination" valuePropName="checked">
          <Checkbox>{t('form.allowsSelfNomination')}</Checkbox>
        </Form.Item>
        {suggested && (
          <Alert type="info" showIcon title={t('form.suggestion')} style={{ marginBottom: 16 }} />
        )}
        <fieldset className="fact-group">
          <legend>{t('form.categories')}</legend>
          <Form.List name="categories">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Flex key={item.key} gap="small" align="baseline">
                    <Form.Item
                      name={item.name}
                      label={t('form.category', { number: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('form.categoryRequired') }]}
                      style={{ flex: 1, minWidth: 0 }}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                    {removeButton(t('form.removeCategory', { number: index + 1 }), () => remove(item.name))}
                  </Flex>
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('form.addCategory')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="fact-group">
          <legend>{t('form.prizeLevels')}</legend>
          <Form.List name="prizeLevels">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Flex key={item.key} wrap gap="small" align="baseline">
                    <Form.Item
                      name={[item.name, 'code']}
                      label={t('form.prizeCode', { number: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('form.prizeRequired') }]}
                      style={{ flex: '0 1 120px' }}
                    >
                      <Input maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('form.prizeName', { number: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('form.prizeRequired') }]}
                      style={{ flex: '1 1 200px', minWidth: 0 }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'quota']}
                      label={t('form.prizeQuota', { number: index + 1 })}
                      rules={[{ required: true, message: t('form.prizeRequired') }]}
                    >
                      <InputNumber min={0} max={1000} precision={0} />
                    </Form.Item>
                    {removeButton(t('form.removePrizeLevel', { number: index + 1 }), () => remove(item.name))}
                  </Flex>
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', quota: 1 })}>
                    {t('form.addPrizeLevel')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="fact-group">
          <legend>{t('form.rounds')}</legend>
          <Form.List name="rounds">
            {(items, { add, remove, move }) => (
              <>
                {items.map((item, index) => (
                  <Flex key={item.key} wrap gap="small" align="baseline">
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('form.roundName', { number: index + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('form.roundRequired') }]}
                      style={{ flex: '1 1 220px', minWidth: 0 }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'deadline']}
                      label={t('form.roundDeadline', { number: index + 1 })}
                      rules={[{ required: true, message: t('form.dateRequired') }]}
                    >
                      <Input type="date" />
                    </Form.Item>
                    <Flex gap={4}>
                      <Button
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        aria-label={t('form.moveRoundUp', { number: index + 1 })}
                        onClick={() => (move(index, index - 1), moveThreshold(index, index - 1))}
                      />
                      <Button
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={index === items.length - 1}
                        aria-label={t('form.moveRoundDown', { number: index + 1 })}
                        onClick={() => (move(index, index + 1), moveThreshold(index, index + 1))}
                      />
                      {removeButton(
                        t('form.removeRound', { number: index + 1 }),
                        () => (remove(item.name), moveThreshold(index, null)),
                      )}
                    </Flex>
                  </Flex>
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', deadline: '' })}>
                    {t('form.addRound')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="fact-group">
          <legend>{t('form.criteria')}</legend>
          <Typography.Paragraph type="secondary">{t('form.criteriaHelp')}</Typography.Paragraph>
          <Form.List name="criteria">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <CriterionRow
                    key={item.key}
                    name={item.name}
                    number={index + 1}
                    criterion={criteria[index]}
                    onRemove={() => remove(item.name)}
                  />
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('form.addCriterion')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
        <ScoringFields />
        <ProblemAlert error={problem} />
        <Flex wrap gap="small" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {existing ? t('form.save') : t('form.saveDraft')}
          </Button>
          <ButtonLink to={existing ? `/honors/campaigns/${existing.data.id}` : '/honors/campaigns'}>
            {t('form.cancel')}
          </ButtonLink>
        </Flex>
      </Form>
    </Flex>
  );
}

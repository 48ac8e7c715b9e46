import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { CatalogLabel, CatalogSelect } from '../../features/catalog/CatalogSelect';
import { SECTORS } from '../me/fact-inputs';
import { useEnumLabel } from '../me/labels';
import { useUrlPage } from '../../app/url-page';

type Organization = Schemas['OrganizationView'];
const ORGANIZATIONS_KEY = ['admin', 'organizations'] as const;
const PAGE_SIZE = 20;

/** /admin/organizations: the catalog of employers people are linked to; a rename re-indexes their people. */
export default function OrganizationsPage() {
  const { t } = useTranslation(['admin', 'common']);
  usePageTitle(t('organizations.title'));
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const paging = useUrlPage(PAGE_SIZE);
  const [editing, setEditing] = useState<Organization | 'new' | undefined>();
  const organizations = useQuery({
    queryKey: [...ORGANIZATIONS_KEY, q, paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/catalog/organizations', {
          params: { query: { q: q || undefined, ...paging.window } },
        }),
      ),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('organizations.title')}</Typography.Title>
      <Typography.Paragraph>{t('organizations.intro')}</Typography.Paragraph>
      <Flex wrap gap="middle" align="center">
        <Input.Search
          aria-label={t('organizations.search')}
          placeholder={t('organizations.searchPlaceholder')}
          defaultValue={q}
          allowClear
          enterButton={t('organizations.searchButton')}
          onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
          style={{ maxWidth: 420 }}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('organizations.create')}
        </Button>
      </Flex>
      <ProblemAlert error={organizations.error} />
      <ResponsiveTable<Organization>
        rowKey="id"
        loading={organizations.isPending}
        dataSource={organizations.data?.items}
        pagination={paging.pagination(organizations.data?.total)}
        columns={[
          { key: 'nameVi', title: t('organizations.nameVi'), render: (org) => org.nameVi },
          { key: 'nameEn', title: t('organizations.nameEn'), render: (org) => org.nameEn ?? '' },
          { key: 'shortName', title: t('organizations.shortName'), render: (org) => org.shortName ?? '' },
          {
            key: 'sector',
            title: t('organizations.sector'),
            render: (org) => label('sector', org.sector),
          },
          {
            key: 'commune',
            title: t('organizations.commune'),
            render: (org) =>
              org.communeCode ? <CatalogLabel catalog="communes" code={org.communeCode} /> : '',
          },
          {
            key: 'actions',
            title: t('organizations.actions'),
            render: (org) => (
              <Button
                size="small"
                onClick={() => setEditing(org)}
                aria-label={t('organizations.editNamed', { name: org.nameVi })}
              >
                {t('organizations.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <OrganizationForm
          organization={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}

interface Values {
  nameVi: string;
  nameEn?: string;
  shortName?: string;
  sector: Organization['sector'];
  communeCode?: string | null;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function OrganizationForm({ organization, onClose }: { organization?: Organization; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const label = useEnumLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        nameVi: values.nameVi.trim(),
        nameEn: blankToNull(values.nameEn),
        shortName: blankToNull(values.shortName),
        sector: values.sector,
        communeCode: blankToNull(values.communeCode),
      };
      return organization
        ? unwrap(
            api.PATCH('/catalog/organizations/{id}', { params: { path: { id: organization.id } }, body }),
          )
        : unwrap(api.POST('/catalog/organizations', { body }));
    },
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ORGANIZATIONS_KEY });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={
        organization
          ? t('organizations.editTitle', { name: organization.nameVi })
          : t('organizations.createTitle')
      }
      onCancel={onClose}
      okText={organization ? t('common:actions.save') : t('organizations.create')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          organization
            ? {
                nameVi: organization.nameVi,
                nameEn: organization.nameEn ?? '',
                shortName: organization.shortName ?? '',
                sector: organization.sector,
                communeCode: organization.communeCode,
              }
            : undefined
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="nameVi"
          label={t('organizations.nameVi')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('organizations.nameRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('organizations.nameEn')}>
          <Input lang="en" />
        </Form.Item>
        <Form.Item name="shortName" label={t('organizations.shortName')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="sector"
          label={t('organizations.sector')}
          rules={[{ required: true, message: t('organizations.sectorRequired') }]}
        >
          <Select options={SECTORS.map((sector) => ({ value: sector, label: label('sector', sector) }))} />
        </Form.Item>
        <Form.Item name="communeCode" label={t('organizations.commune')}>
          <CatalogSelect catalog="communes" label={t('organizations.commune')} />
        </Form.Item>
        <ProblemAlert error={problem} />
      </Form>
    </Modal>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Form, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { useSession } from '../../auth/session';
import { CatalogSelect } from '../../features/catalog/CatalogSelect';
import { useCatalog } from '../../features/catalog/use-catalog';
import { formatDate } from '../../i18n/format';
import { PersonPicker } from './PersonPicker';
import { ROLES, type Role } from './roles';
import { useUrlPage } from '../../app/url-page';

type Account = Schemas['AccountView'];
const ACCOUNTS_KEY = ['admin', 'accounts'] as const;
const PAGE_SIZE = 20;

/** /admin/accounts: who may sign in, with which roles, linked to which person. */
export default function AccountsPage() {
  const { t } = useTranslation(['admin', 'common']);
  usePageTitle(t('accounts.title'));
  const { session } = useSession();
  const paging = useUrlPage(PAGE_SIZE);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Account | 'new' | undefined>();
  const organizations = useCatalog('organizations');
  const accounts = useQuery({
    queryKey: [...ACCOUNTS_KEY, paging.page],
    queryFn: () => unwrap(api.GET('/accounts', { params: { query: paging.window } })),
  });
  const toggle = useMutation({
    mutationFn: (account: Account) =>
      unwrap(
        api.PATCH('/accounts/{id}', {
          params: { path: { id: account.id } },
          body: { disabled: !account.disabled },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY }),
  });
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('accounts.title')}</Typography.Title>
      <Typography.Paragraph>{t('accounts.intro')}</Typography.Paragraph>
      <div>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('accounts.create')}
        </Button>
      </div>
      <ProblemAlert error={accounts.error ?? toggle.error} />
      <ResponsiveTable<Account>
        rowKey="id"
        loading={accounts.isPending}
        dataSource={accounts.data?.items}
        pagination={paging.pagination(accounts.data?.total)}
        columns={[
          {
            key: 'account',
            title: t('accounts.account'),
            render: (account) => (
              <Flex vertical>
                <Typography.Text strong>{account.displayName}</Typography.Text>
                <Typography.Text type="secondary">{account.email}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'roles',
            title: t('accounts.roles'),
            render: (account) => (
              <Flex wrap gap="small">
                {account.roles.map((role) => (
                  <Tag key={role}>{t(`roles.${role}`)}</Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: 'person',
            title: t('accounts.person'),
            render: (account) =>
              account.intellectualId ? (
                <Link to={`/people/${account.intellectualId}`}>{t('accounts.openProfile')}</Link>
              ) : (
                t('accounts.noLink')
              ),
          },
          {
            key: 'organization',
            title: t('accounts.organization'),
            render: (account) =>
              account.organizationId
                ? organizations.nameOf(account.organizationId)
                : t('accounts.noOrganization'),
          },
          {
            key: 'state',
            title: t('accounts.state'),
            render: (account) =>
              account.disabled ? (
                <Tag color="#a8071a">{t('accounts.disabled')}</Tag>
              ) : (
                <Tag>{t('accounts.active')}</Tag>
              ),
          },
          {
            key: 'createdAt',
            title: t('accounts.createdAt'),
            render: (account) => formatDate(account.createdAt),
          },
          {
            key: 'actions',
            title: t('accounts.actions'),
            render: (account) => (
              <Flex wrap gap="small">
                <Button
                  size="small"
                  onClick={() => setEditing(account)}
                  aria-label={t('accounts.editNamed', { name: account.displayName })}
                >
                  {t('accounts.edit')}
                </Button>
                {account.id !== session?.account.id && (
                  <Popconfirm
                    title={account.disabled ? t('accounts.enableConfirm') : t('accounts.disableConfirm')}
                    okText={t('common:actions.confirm')}
                    cancelText={t('common:actions.cancel')}
                    onConfirm={() => toggle.mutate(account)}
                  >
                    <Button
                      size="small"
                      danger={!account.disabled}
                      loading={toggle.isPending && toggle.variables.id === account.id}
                      aria-label={t(account.disabled ? 'accounts.enableNamed' : 'accounts.disableNamed', {
                        name: account.displayName,
                      })}
                    >
                      {account.disabled ? t('accounts.enable') : t('accounts.disable')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <AccountForm
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}

interface Values {
  email?: string;
  displayName: string;
  roles: Role[];
  password?: string;
  intellectualId?: string | null;
  organizationId?: string | null;
}

/** Creating an account, or changing one's name, roles, link or password (blank: unchanged). */
function AccountForm({ account, onClose }: { account?: Account; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const agency = Form.useWatch('roles', form)?.includes('agency') ?? false;
  const save = useMutation({
    mutationFn: ({ email, displayName, roles, password, intellectualId, organizationId }: Values) =>
      account
        ? unwrap(
            api.PATCH('/accounts/{id}', {
              params: { path: { id: account.id } },
              body: {
                ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
                ...([...roles].sort().join() !== [...account.roles].sort().join() ? { roles } : {}),
                ...((intellectualId ?? null) !== account.intellectualId
                  ? { intellectualId: intellectualId ?? null }
                  : {}),
                ...((organizationId ?? null) !== account.organizationId
                  ? { organizationId: organizationId ?? null }
                  : {}),
                ...(password ? { password } : {}),
              },
            }),
          )
        : unwrap(
            api.POST('/accounts', {
              body: {
                email: email!.trim(),
                displayName: displayName.trim(),
                roles,
                password: password!,
                intellectualId: intellectualId ?? undefined,
                organizationId: organizationId ?? undefined,
              },
            }),
          ),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={account ? t('accounts.editTitle', { name: account.displayName }) : t('accounts.createTitle')}
      onCancel={onClose}
      okText={account ? t('common:actions.save') : t('accounts.create')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          account
            ? {
                displayName: account.displayName,
                roles: account.roles,
                intellectualId: account.intellectualId,
                organizationId: account.organizationId,
              }
            : { roles: [] }
        }
        onFinish={(values) =>
          save.mutate({ ...values, roles: ROLES.filter((role) => values.roles.includes(role)) })
        }
      >
        {!account && (
          <Form.Item
            name="email"
            label={t('accounts.email')}
            rules={[{ required: true, type: 'email', message: t('accounts.emailInvalid') }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('accounts.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          // a validator, not `required`: antd would put aria-required on the group, which ARIA forbids there
          rules={[
            {
              validator: (_, roles?: Role[]) =>
                roles?.length ? Promise.resolve() : Promise.reject(new Error(t('accounts.rolesRequired'))),
            },
          ]}
        >
          <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('accounts.organization')}
          extra={t('accounts.organizationHelp')}
          rules={[{ required: agency, message: t('accounts.organizationRequired') }]}
        >
          <CatalogSelect catalog="organizations" label={t('accounts.organization')} />
        </Form.Item>
        <Form.Item name="intellectualId" label={t('accounts.person')} extra={t('accounts.personHelp')}>
          <PersonPicker />
        </Form.Item>
        <Form.Item
          name="password"
          label={account ? t('accounts.newPassword') : t('accounts.initialPassword')}
          extra={account ? t('accounts.newPasswordHelp') : t('accounts.passwordHelp')}
          rules={[
            { required: !account, message: t('accounts.passwordRequired') },
            { min: 10, message: t('accounts.passwordTooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ProblemAlert error={problem} />
      </Form>
    </Modal>
  );
}

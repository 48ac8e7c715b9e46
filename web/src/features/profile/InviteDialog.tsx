import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../app/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { useDisplay } from './display';

/**
 * "Cấp mã mời tạo tài khoản" on the profile page, for who may issue codes (profiles.invite: officers
 * and association staff, who invite experts without an account): an optional email the code is
 * bound to, then the code, shown once, with its expiry.
 */
export function InviteButton({ id, name }: { id: string; name: string }) {
  const { t } = useDisplay();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ email?: string }>();
  const issue = useMutation({
    mutationFn: ({ email }: { email?: string }) =>
      unwrap(
        api.POST('/intellectuals/{id}/invitations', {
          params: { path: { id } },
          body: email?.trim() ? { email: email.trim() } : {},
        }),
      ),
  });
  const close = () => {
    setOpen(false);
    issue.reset();
    form.resetFields();
  };
  const issued = issue.data;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('profile.invite.action')}</Button>
      <Modal
        open={open}
        title={t('profile.invite.title', { name })}
        onCancel={close}
        destroyOnHidden
        footer={
          issued
            ? [
                <Button key="close" type="primary" onClick={close}>
                  {t('profile.invite.close')}
                </Button>,
              ]
            : [
                <Button key="cancel" onClick={close}>
                  {t('profile.cancel')}
                </Button>,
                <Button key="issue" type="primary" loading={issue.isPending} onClick={() => form.submit()}>
                  {t('profile.invite.issue')}
                </Button>,
              ]
        }
      >
        {issued ? (
          <div role="status">
            <Typography.Paragraph>
              {t('profile.invite.code')}:{' '}
              <Typography.Text strong code copyable>
                {issued.code}
              </Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph>
              {t('profile.invite.expires', { when: formatDateTime(issued.expiresAt) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('profile.invite.shownOnce')}</Typography.Paragraph>
          </div>
        ) : (
          <>
            <Typography.Paragraph>{t('profile.invite.body')}</Typography.Paragraph>
            <Form form={form} layout="vertical" onFinish={(values) => issue.mutate(values)}>
              <Form.Item
                name="email"
                label={t('profile.invite.email')}
                extra={t('profile.invite.emailHelp')}
                rules={[{ type: 'email', message: t('profile.invite.emailInvalid') }]}
              >
                <Input type="email" autoComplete="off" />
              </Form.Item>
            </Form>
            <ProblemAlert error={issue.error} />
          </>
        )}
      </Modal>
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useSession } from '../../auth/session';

interface Values {
  code: string;
  email: string;
  displayName?: string;
  password: string;
  confirm: string;
}

/**
 * /me/claim: a person Sở Nội vụ invited creates their account with the code they were given; the
 * account is linked to their profile, and they are signed in to it.
 */
export default function ClaimPage() {
  const { t } = useTranslation('me');
  usePageTitle(t('claim.title'));
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const claim = useMutation({
    mutationFn: async ({ code, email, displayName, password }: Values) => {
      await unwrap(
        api.POST('/invitations/accept', {
          body: {
            code: code.trim(),
            email: email.trim(),
            password,
            displayName: displayName?.trim() || undefined,
          },
        }),
      );
      await signIn(email.trim(), password);
    },
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: () => navigate('/me'),
  });
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 560 }}>
      <Typography.Title level={1}>{t('claim.title')}</Typography.Title>
      <Typography.Paragraph>{t('claim.intro')}</Typography.Paragraph>
      <Card>
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => claim.mutate(values)}
          requiredMark="optional"
        >
          <Form.Item
            name="code"
            label={t('claim.code')}
            extra={t('claim.codeHelp')}
            rules={[{ required: true, whitespace: true, message: t('claim.codeRequired') }]}
          >
            <Input autoComplete="one-time-code" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('claim.email')}
            rules={[{ required: true, type: 'email', message: t('claim.emailInvalid') }]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Form.Item name="displayName" label={t('claim.displayName')}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('claim.password')}
            extra={t('claim.passwordHelp')}
            rules={[{ required: true, min: 10, message: t('claim.passwordTooShort') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('claim.confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('claim.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('claim.confirmMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <ProblemAlert error={problem} />
          <Button type="primary" htmlType="submit" loading={claim.isPending} style={{ marginTop: 8 }}>
            {t('claim.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

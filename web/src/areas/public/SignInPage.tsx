import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { safeNextPath } from '../../auth/next-path';
import { homePathFor, useSession } from '../../auth/session';

interface Credentials {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { session, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const next = safeNextPath(params.get('next'));
  const reason = params.get('reason');

  if (session && !pending) return <Navigate replace to={next ?? homePathFor(session)} />;

  const onFinish = async ({ email, password }: Credentials) => {
    setPending(true);
    setError(undefined);
    try {
      const signedIn = await signIn(email.trim(), password);
      void navigate(next ?? homePathFor(signedIn), { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Card className="tkh-narrow-card">
      <Typography.Title level={1}>{t('signIn.title')}</Typography.Title>
      <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
      {reason === 'expired' && <Alert type="warning" showIcon role="status" title={t('signIn.expired')} />}
      {reason === 'signed-out' && <Alert type="info" showIcon role="status" title={t('signIn.signedOut')} />}
      <ProblemAlert error={error} />
      <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)}>
        <Form.Item
          label={t('signIn.email')}
          name="email"
          rules={[
            { required: true, message: t('signIn.emailRequired') },
            { type: 'email', message: t('signIn.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('signIn.password')}
          name="password"
          rules={[{ required: true, message: t('signIn.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending} block>
          {t('signIn.submit')}
        </Button>
      </Form>
      <Typography.Paragraph className="tkh-sign-in-claim">
        {t('signIn.invited')} <Link to="/me/claim">{t('signIn.claim')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}

import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './page-title';

/** Signed in, but this page is not for this account. */
export function AccessDenied() {
  const { t } = useTranslation();
  usePageTitle(t('access.forbiddenTitle'));
  return (
    <section>
      <Typography.Title level={1}>{t('access.forbiddenTitle')}</Typography.Title>
      <Typography.Paragraph>{t('access.forbiddenDetail')}</Typography.Paragraph>
      <Link to="/">{t('access.backHome')}</Link>
    </section>
  );
}

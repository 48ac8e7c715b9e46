import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { usePageTitle } from './page-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('access.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1>{t('access.notFoundTitle')}</h1>}
      subTitle={t('access.notFoundDetail')}
      extra={
        <ButtonLink type="primary" to="/">
          {t('access.backHome')}
        </ButtonLink>
      }
    />
  );
}

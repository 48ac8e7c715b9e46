import { Button, Drawer, Grid, Layout, Segmented, Space, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { currentLanguage, setLanguage, type Language } from '../i18n';
import { activeNavPath, visibleNavigation } from './navigation';
import { ButtonLink } from './ButtonLink';
import { NavLinks } from './NavLinks';
import { PageErrorBoundary } from './PageErrorBoundary';

const { Header, Content, Footer } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const { session, error: sessionError, can, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = visibleNavigation(can);
  const selected = activeNavPath(location.pathname, items);
  const wide = screens.lg ?? true;

  const onSignOut = async () => {
    await signOut();
    void navigate('/sign-in?reason=signed-out');
  };

  const languageSwitch = (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={currentLanguage()}
      onChange={(language) => void setLanguage(language)}
      options={[
        { value: 'vi', label: <span lang="vi">{t('language.vi')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
    />
  );
  // nothing until the session's answer: a sign-in button replaced by the account's name moves the header
  const accountControls =
    session === undefined && !sessionError ? null : session ? (
      <Space wrap>
        <span className="tkh-account-name" title={session.account.email}>
          <span className="tkh-visually-hidden">{t('account.signedIn')} </span>
          {session.account.displayName}
        </span>
        <Button onClick={() => void onSignOut()}>{t('account.signOut')}</Button>
      </Space>
    ) : location.pathname === '/sign-in' ? null : (
      <ButtonLink
        type="primary"
        to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
      >
        {t('account.signIn')}
      </ButtonLink>
    );

  return (
    <Layout className="tkh-layout">
      <a className="tkh-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header className="tkh-header">
        <Link to="/" className="tkh-brand">
          {t('appName')}
        </Link>
        {wide ? (
          <Space className="tkh-header-controls">
            {accountControls}
            {languageSwitch}
          </Space>
        ) : (
          <>
            <Button
              aria-expanded={menuOpen}
              aria-controls="tkh-mobile-menu"
              onClick={() => setMenuOpen(true)}
            >
              {t('nav.menu')}
            </Button>
            <Drawer
              id="tkh-mobile-menu"
              title={t('nav.menu')}
              open={menuOpen}
              onClose={() => setMenuOpen(false)}
              placement="right"
              size="default"
            >
              <nav aria-label={t('nav.label')}>
                <NavLinks
                  items={items}
                  selected={selected}
                  variant="drawer"
                  onNavigate={() => setMenuOpen(false)}
                />
              </nav>
              <Space direction="vertical" className="tkh-drawer-controls">
                {languageSwitch}
                {accountControls}
              </Space>
            </Drawer>
          </>
        )}
      </Header>
      {wide && items.length > 0 && (
        // A row of its own that wraps: an admin's ten entries do not fit beside the brand.
        <nav aria-label={t('nav.label')} className="tkh-nav">
          <NavLinks items={items} selected={selected} variant="bar" />
        </nav>
      )}
      <Content id="main" tabIndex={-1} className="tkh-main">
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense
            fallback={
              <Spin description={t('actions.loading')}>
                <div className="tkh-loading" />
              </Spin>
            }
          >
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </Content>
      <Footer className="tkh-footer">
        <span>{t('footer.text')}</span> · <a href="/api/docs">{t('footer.api')}</a>
      </Footer>
    </Layout>
  );
}

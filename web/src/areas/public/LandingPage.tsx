import { useQuery } from '@tanstack/react-query';
import { Col, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { usePageTitle } from '../../app/page-title';
import { Panel } from '../../app/Panel';
import { formatNumber } from '../../i18n/format';

/** `/`: what the registry is, and a search box that opens the directory with the words typed. */
export default function LandingPage() {
  const { t } = useTranslation('public');
  const { t: common } = useTranslation();
  usePageTitle(undefined);
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const listed = useQuery({
    queryKey: ['directory', 'total'],
    queryFn: ({ signal }) => unwrap(api.GET('/directory', { params: { query: { limit: 1 } }, signal })),
    staleTime: 60_000,
  });
  const search = () => {
    const q = text.trim();
    void navigate(q ? `/directory?q=${encodeURIComponent(q)}` : '/directory');
  };
  return (
    <>
      <section style={{ maxWidth: 820, margin: '8px auto 32px' }}>
        <Typography.Title level={1}>{t('landing.title')}</Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16 }}>{t('landing.lead')}</Typography.Paragraph>
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          <label htmlFor="landing-q" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            {t('landing.searchLabel')}
          </label>
          <Input.Search
            id="landing-q"
            size="large"
            enterButton={common('actions.search')}
            placeholder={t('landing.searchPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={search}
          />
        </form>
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {listed.data && <span>{t('landing.listed', { total: formatNumber(listed.data.total) })} · </span>}
          <Link to="/directory" style={{ textDecoration: 'underline' }}>
            {t('landing.browse')}
          </Link>
          {' · '}
          <Link to="/honorees" style={{ textDecoration: 'underline' }}>
            {t('landing.honorees')}
          </Link>
          {' · '}
          <Link to="/open-data" style={{ textDecoration: 'underline' }}>
            {t('landing.openData')}
          </Link>
        </Typography.Paragraph>
      </section>
      <Row gutter={[16, 16]}>
        {(
          [
            ['whyHeading', 'why'],
            ['whatHeading', 'what'],
            ['privacyHeading', 'privacy'],
            // signing in is the header's button, on every page
            ['staffHeading', 'staff'],
          ] as const
        ).map(([heading, text]) => (
          <Col xs={24} md={12} lg={6} key={heading} style={{ display: 'flex' }}>
            <Panel style={{ width: '100%' }}>
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {t(`landing.${heading}`)}
              </Typography.Title>
              <Typography.Paragraph>{t(`landing.${text}`)}</Typography.Paragraph>
            </Panel>
          </Col>
        ))}
      </Row>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Flex, Result, Skeleton, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiProblem } from '../../api/client';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { OpinionWorkspace } from '../../features/opinions/OpinionWorkspace';
import { linkSource } from '../../features/opinions/opinions-api';

/** The token in the link's fragment (#token=…), which no server ever sees in a request line. */
function tokenOf(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

/**
 * /opinions/write, the page the personal opinion link opens, without signing in: the request and the
 * member's opinion editor, as on /me/review-requests/:id/opinion. A wrong or expired link is a page of
 * its own saying so.
 */
export default function OpinionLinkPage() {
  const { t } = useTranslation('opinions');
  const token = tokenOf(useLocation().hash);
  const source = useMemo(() => (token ? linkSource(token) : null), [token]);
  const query = useQuery({
    queryKey: source?.key ?? ['opinion-link', null],
    enabled: source !== null,
    retry: false,
    queryFn: () => source!.fetch(),
  });
  const refusal =
    token === null
      ? { title: t('link.missing'), detail: t('link.missingDetail') }
      : refusalOf(query.error, t);
  usePageTitle(refusal?.title ?? t('mine.title'));

  if (refusal) return <LinkProblem {...refusal} />;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('mine.title')}</Typography.Title>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active aria-label={t('link.loading')} />}
      {query.data && source && (
        <>
          <Typography.Text type="secondary">{t('link.intro')}</Typography.Text>
          <OpinionWorkspace source={source} view={query.data.data} etag={query.data.etag} />
        </>
      )}
    </Flex>
  );
}

/** A link that cannot be used (404, 410, 400 for a malformed one), in words; null otherwise. */
function refusalOf(error: unknown, t: TFunction<'opinions'>): { title: string; detail: string } | null {
  if (!(error instanceof ApiProblem)) return null;
  if (error.code === 'ACTION_TOKEN_EXPIRED')
    return { title: t('link.expired'), detail: t('link.expiredDetail') };
  if (error.status === 404 || error.status === 400)
    return { title: t('link.invalid'), detail: t('link.invalidDetail') };
  return null;
}

function LinkProblem({ title, detail }: { title: string; detail: string }) {
  const { t } = useTranslation('opinions');
  return (
    <Result
      status="warning"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={detail}
      extra={<ButtonLink to="/">{t('link.toHome')}</ButtonLink>}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LinkProblem, linkRefusalOf, tokenOf, type LinkRefusal } from '../../app/action-link';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { OpinionWorkspace } from '../../features/opinions/OpinionWorkspace';
import { linkSource } from '../../features/opinions/opinions-api';

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
  const refused: LinkRefusal | null = token === null ? 'missing' : linkRefusalOf(query.error);
  const kind = refused === 'used' ? 'invalid' : refused;
  const refusal = kind && { title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) };
  usePageTitle(refusal?.title ?? t('mine.title'));

  if (refusal)
    return <LinkProblem {...refusal} action={<ButtonLink to="/">{t('link.toHome')}</ButtonLink>} />;
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

import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LinkProblem, linkRefusalOf, tokenOf, type LinkRefusal } from '../../app/action-link';
import { ButtonLink } from '../../app/ButtonLink';
import { usePageTitle } from '../../app/page-title';
import { ProblemAlert } from '../../app/ProblemAlert';
import { linkSheetSource, type LinkedSheets } from '../../features/scoring/scoring-api';
import { formatDate } from '../../i18n/format';
import { MySheetsTable } from './MyRoundPage';
import { SheetBody } from './SheetPage';

/**
 * /scoring-link#token=…, the page the personal scoring link opens, without signing in: the round's
 * nominees the member scores with their sheet's state, and (?sheet=<nomination>) one sheet with the
 * form of /council/…/sheets/:nominationId. A wrong, expired or finished link is a page of its own.
 */
export default function ScoringLinkPage() {
  const { t } = useTranslation('scoring');
  const { hash, search } = useLocation();
  const token = tokenOf(hash);
  const nominationId = new URLSearchParams(search).get('sheet');
  const source = useMemo(() => (token ? linkSheetSource(token) : null), [token]);
  const list = useQuery({
    queryKey: source?.listKey ?? ['scoring-link', null],
    enabled: source !== null,
    retry: false,
    queryFn: () => source!.list(),
  });
  const sheet = useQuery({
    queryKey: source && nominationId ? source.sheetKey(nominationId) : ['scoring-link', null, 'sheet'],
    enabled: source !== null && nominationId !== null,
    retry: false,
    queryFn: () => source!.fetch(nominationId!),
  });
  // the token is judged by the list (a sheet's own 403/404 is that sheet's problem, shown on it)
  const refused: LinkRefusal | null = token === null ? 'missing' : linkRefusalOf(list.error);
  const kind = refused === 'used' ? 'invalid' : refused;
  const refusal = kind && { title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) };
  const view = list.data;
  const openSheet = nominationId ? sheet.data : undefined;
  usePageTitle(
    refusal?.title ??
      (openSheet
        ? t('sheet.title', { name: openSheet.data.nomineeName })
        : t('round.title', { round: view?.round ?? 1 })),
  );

  if (refusal)
    return <LinkProblem {...refusal} action={<ButtonLink to="/">{t('link.toHome')}</ButtonLink>} />;
  if (nominationId && source)
    return (
      <Flex vertical gap="middle">
        <Link to={{ search: '', hash }}>{t('sheet.back')}</Link>
        {sheet.isError && <ProblemAlert error={sheet.error} onRetry={() => void sheet.refetch()} />}
        {sheet.isPending && <Skeleton active aria-label={t('link.loadingSheet')} />}
        {sheet.data && <SheetBody source={source} nominationId={nominationId} stored={sheet.data} />}
      </Flex>
    );
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1}>{t('round.title', { round: view?.round ?? 1 })}</Typography.Title>
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Skeleton active aria-label={t('link.loading')} />}
      {view && <RoundSheets view={view} hash={hash} />}
    </Flex>
  );
}

function RoundSheets({ view, hash }: { view: LinkedSheets; hash: string }) {
  const { t } = useTranslation('scoring');
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <strong>{view.campaignTitle}</strong>
        {view.roundName ? ` · ${view.roundName}` : ''}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('link.member', { name: view.memberName, role: t(`roles.${view.role}`) })}
      </Typography.Paragraph>
      {view.deadline && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('link.deadline', { date: formatDate(view.deadline) })}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary">{t('link.intro')}</Typography.Text>
      <Alert
        type={view.scoringOpen ? 'info' : 'warning'}
        showIcon
        title={t(view.scoringOpen ? 'round.open' : 'round.closed')}
      />
      {view.recusedCount > 0 && (
        <Typography.Paragraph>{t('round.recused', { count: view.recusedCount })}</Typography.Paragraph>
      )}
      <MySheetsTable
        items={view.items}
        sheetTo={(nominationId) => ({ search: `?sheet=${encodeURIComponent(nominationId)}`, hash })}
      />
    </>
  );
}

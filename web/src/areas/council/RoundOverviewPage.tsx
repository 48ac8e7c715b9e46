import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/client';
import { isStale } from '../../api/problem';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ResponsiveTable } from '../../app/ResponsiveTable';
import { usePageTitle } from '../../app/page-title';
import { useSession } from '../../auth/session';
import { formatDateTime, formatNumber } from '../../i18n/format';
import {
  confirmResult,
  resultKey,
  SCORING_KEY,
  useMySheets,
  useProgress,
  useResult,
  type RoundProgress,
  type RoundResult,
} from '../../features/scoring/scoring-api';
import { resultNames } from '../../features/scoring/result-names';
import { useRoundRef } from './round-ref';

type MemberRow = RoundProgress['members'][number];
type NomineeRow = RoundProgress['nominees'][number];
type ResultRow = RoundResult['nominations'][number];

const CONFIRM_PROBLEMS = [
  'SHEETS_MISSING',
  'QUOTA_TIE',
  'ROUND_ALREADY_CONFIRMED',
  'ROUND_RESULT_CHANGED',
] as const;
type ConfirmProblem = (typeof CONFIRM_PROBLEMS)[number];

/** The round's progress per member and per nominee, its result, and the secretary's and chair's confirmation. */
export default function RoundOverviewPage() {
  const ref = useRoundRef();
  const { t } = useTranslation('scoring');
  const { can } = useSession();
  const title = t('overview.title', { round: ref.round });
  usePageTitle(title);
  const progress = useProgress(ref);
  const result = useResult(ref);
  const staff = can('honors.manage');
  const names = new Map((progress.data?.nominees ?? []).map((n) => [n.nominationId, n.nomineeName]));
  for (const n of result.data?.data.nominations ?? []) names.set(n.nominationId, n.nomineeName);
  const nameList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  return (
    <Flex vertical gap="middle">
      {staff ? (
        <Link to={`/honors/campaigns/${ref.campaignId}`}>{t('overview.back')}</Link>
      ) : (
        <Link to={ref.base}>{t('sheet.back')}</Link>
      )}
      <Typography.Title level={1}>{title}</Typography.Title>
      <section aria-labelledby="round-progress">
        <Typography.Title level={2} id="round-progress">
          {t('overview.progress')}
        </Typography.Title>
        {progress.error ? (
          <ProblemAlert error={progress.error} onRetry={() => void progress.refetch()} />
        ) : null}
        {progress.isPending && <Skeleton active />}
        {progress.data && <Progress progress={progress.data} nameList={nameList} />}
      </section>
      <section aria-labelledby="round-result">
        <Typography.Title level={2} id="round-result">
          {t('overview.result')}
        </Typography.Title>
        {result.error ? <ProblemAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
        {result.isPending && <Skeleton active />}
        {result.data && <Result result={result.data.data} nameList={nameList} />}
      </section>
      {result.data && (
        <section aria-labelledby="round-confirmation">
          <Typography.Title level={2} id="round-confirmation">
            {t('overview.confirmation')}
          </Typography.Title>
          <Confirmation stored={result.data} staff={staff} />
        </section>
      )}
    </Flex>
  );
}

function Progress({
  progress,
  nameList,
}: {
  progress: RoundProgress;
  nameList: (ids: readonly string[]) => string;
}) {
  const { t } = useTranslation('scoring');
  const ratio = (row: { submitted: number; expected: number }) =>
    t('overview.ofExpected', { submitted: row.submitted, expected: row.expected });
  return (
    <>
      <Typography.Paragraph>
        {progress.scoringOpenedAt
          ? t('overview.progressSummary', { submitted: progress.submitted, expected: progress.expected })
          : t('overview.notOpened')}
      </Typography.Paragraph>
      <Typography.Title level={3}>{t('overview.members')}</Typography.Title>
      <ResponsiveTable<MemberRow>
        rowKey="memberId"
        dataSource={progress.members}
        pagination={false}
        columns={[
          { key: 'name', title: t('overview.member'), render: (row) => row.name },
          { key: 'role', title: t('overview.role'), render: (row) => t(`roles.${row.role}`) },
          { key: 'submitted', title: t('overview.submitted'), render: ratio },
          { key: 'drafts', title: t('overview.drafts'), render: (row) => formatNumber(row.drafts) },
          {
            key: 'recused',
            title: t('overview.recusedFrom'),
            render: (row) => (row.recusedFrom.length ? nameList(row.recusedFrom) : t('overview.none')),
          },
        ]}
      />
      <Typography.Title level={3}>{t('overview.nominees')}</Typography.Title>
      <ResponsiveTable<NomineeRow>
        rowKey="nominationId"
        dataSource={progress.nominees}
        pagination={false}
        columns={[
          { key: 'name', title: t('overview.nominee'), render: (row) => row.nomineeName },
          { key: 'submitted', title: t('overview.submitted'), render: ratio },
          {
            key: 'recused',
            title: t('overview.recusedMembers'),
            render: (row) =>
              row.recusedMembers.length
                ? row.recusedMembers.map((member) => member.name).join(', ')
                : t('overview.none'),
          },
        ]}
      />
    </>
  );
}

/** A tie-break rule as the campaign states it: criterion:<code> (by its name), score_count, submitted_at. */
function useRuleText(criterionName: (code: string) => string) {
  const { t } = useTranslation('scoring');
  return (rule: string) => {
    if (rule.startsWith('criterion:'))
      return t('overview.rules.criterion', { name: criterionName(rule.slice('criterion:'.length)) });
    if (rule === 'score_count' || rule === 'submitted_at') return t(`overview.rules.${rule}`);
    return rule;
  };
}

function Result({ result, nameList }: { result: RoundResult; nameList: (ids: readonly string[]) => string }) {
  const { t } = useTranslation('scoring');
  const names = resultNames(result);
  const ruleText = useRuleText(names.criterion);
  const score = (value: number | null | undefined) =>
    typeof value === 'number' ? formatNumber(value, undefined, 2) : '—';
  return (
    <>
      <Typography.Paragraph>
        {t(result.source === 'confirmed' ? 'overview.confirmedResult' : 'overview.computed')}{' '}
        {result.method === 'trimmed_mean' ? t('overview.method.trimmed_mean') : t('overview.method.mean')}{' '}
        {result.threshold !== null &&
          t('overview.threshold', { threshold: formatNumber(result.threshold, undefined, 2) })}
      </Typography.Paragraph>
      {result.missingSheets > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('overview.missing', { missing: result.missingSheets, expected: result.expectedSheets })}
        />
      )}
      {result.quotaTie && (
        <Alert
          type="error"
          showIcon
          title={t('overview.quotaTie', {
            names: nameList(result.quotaTie.nominationIds),
            level: names.level(result.quotaTie.levelCode),
            places: result.quotaTie.placesLeft,
          })}
        />
      )}
      <ResponsiveTable<ResultRow>
        rowKey="nominationId"
        dataSource={result.nominations}
        pagination={false}
        columns={[
          {
            key: 'rank',
            title: t('overview.rank'),
            render: (row) => (row.rank === null ? '—' : formatNumber(row.rank)),
          },
          {
            key: 'nominee',
            title: t('overview.nominee'),
            render: (row) => (
              <>
                <div>{row.nomineeName}</div>
                {row.tiedWith.length > 0 && (
                  <Typography.Text type="warning">
                    {t('overview.tie', { names: nameList(row.tiedWith) })}
                  </Typography.Text>
                )}
                {row.decidedBy && (
                  <Typography.Text type="secondary">
                    {t('overview.decidedBy', { rule: ruleText(row.decidedBy) })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { key: 'aggregate', title: t('overview.aggregate'), render: (row) => score(row.aggregate) },
          { key: 'count', title: t('overview.scoreCount'), render: (row) => formatNumber(row.scoreCount) },
          {
            key: 'means',
            title: t('overview.means'),
            render: (row) =>
              names
                .means(row.criterionMeans)
                .map(({ name, mean }) => `${name}: ${score(mean)}`)
                .join(' · '),
          },
          {
            key: 'passed',
            title: t('overview.passed'),
            render: (row) => (
              <Badge
                status={row.passed ? 'success' : 'default'}
                text={t(row.passed ? 'overview.yes' : 'overview.no')}
              />
            ),
          },
          ...(result.final
            ? [
                {
                  key: 'prize',
                  title: t('overview.prize'),
                  render: (row: ResultRow) =>
                    row.prizeLevelCode ? (
                      <>
                        {names.level(row.prizeLevelCode)}{' '}
                        <Typography.Text type="secondary">({row.prizeLevelCode})</Typography.Text>
                      </>
                    ) : (
                      '—'
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function Confirmation({ stored, staff }: { stored: { data: RoundResult; etag: string }; staff: boolean }) {
  const ref = useRoundRef();
  const { t } = useTranslation('scoring');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // my seat: the secretary and the chair confirm, each for themselves (staff are not seated: 404/403)
  const mine = useMySheets(ref, !staff);
  const [staleShown, setStaleShown] = useState(false);
  const confirm = useMutation({
    mutationFn: () => confirmResult(ref, stored.etag),
    onMutate: () => setStaleShown(false),
    onSuccess: (confirmed) => {
      queryClient.setQueryData(resultKey(ref), confirmed);
      void message.success(t('overview.confirmedToast'));
    },
    onError: (error) => {
      if (isStale(error)) setStaleShown(true);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...SCORING_KEY, ref.campaignId] }),
  });
  const { confirmation } = stored.data;
  const role = staff ? undefined : mine.data?.role;
  const mayConfirm =
    !confirmation.confirmed &&
    ((role === 'secretary' && !confirmation.secretaryConfirmedAt) ||
      (role === 'chair' && !confirmation.chairConfirmedAt));
  const error = confirm.error;
  const known =
    error instanceof ApiProblem && (CONFIRM_PROBLEMS as readonly string[]).includes(error.code)
      ? (error.code as ConfirmProblem)
      : undefined;
  return (
    <Flex vertical gap="small">
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {confirmation.secretaryConfirmedAt
          ? t('overview.secretaryAt', { when: formatDateTime(confirmation.secretaryConfirmedAt) })
          : t('overview.secretaryNot')}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {confirmation.chairConfirmedAt
          ? t('overview.chairAt', { when: formatDateTime(confirmation.chairConfirmedAt) })
          : t('overview.chairNot')}
      </Typography.Paragraph>
      {confirmation.confirmed && <Alert type="success" showIcon title={t('overview.confirmedAll')} />}
      {staleShown && <Alert type="warning" showIcon role="alert" title={t('overview.problems.stale')} />}
      {known && <Alert type="warning" showIcon title={t(`overview.problems.${known}`)} />}
      {error && !isStale(error) ? <ProblemAlert error={error} /> : null}
      {mayConfirm && (
        <div>
          <Popconfirm
            title={t('overview.confirmQuestion')}
            okText={t('overview.confirmOk')}
            cancelText={t('sheet.cancel')}
            onConfirm={() => confirm.mutate()}
          >
            <Button type="primary" loading={confirm.isPending}>
              {t('overview.confirm')}
            </Button>
          </Popconfirm>
        </div>
      )}
    </Flex>
  );
}

import { Flex, Grid, Pagination, Table, Typography, type PaginationProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../app/Panel';
import { formatNumber } from '../../i18n/format';
import { CandidateIdentity } from './CandidateIdentity';
import { FieldsCovered, PanelLoad } from './CandidateFacts';
import { CandidateReasons } from './CandidateReasons';
import { ConflictFlags } from './ConflictFlags';
import type { Candidate } from './panels-api';

/**
 * One page of ranked candidates: a table on wide screens, one card per candidate on a phone (the
 * reasons and the conflict evidence are long; a table would scroll sideways). `action` adds a
 * control per candidate (the panel builder's "add").
 */
export function CandidateList({
  items,
  loading,
  pagination,
  action,
}: {
  items: Candidate[] | undefined;
  loading: boolean;
  /** From useUrlPage: the page shown and how to move. */
  pagination: PaginationProps;
  action?: (candidate: Candidate) => ReactNode;
}) {
  const { t } = useTranslation('panels');
  const wide = Grid.useBreakpoint().lg ?? true;
  const score = (candidate: Candidate) => formatNumber(candidate.score, undefined, 2);
  if (wide) {
    return (
      <Table<Candidate>
        rowKey="intellectualId"
        loading={loading}
        dataSource={items}
        pagination={pagination}
        columns={[
          { key: 'rank', title: t('candidates.rank'), render: (_, c) => c.rank, width: 64 },
          {
            key: 'who',
            title: t('candidates.expert'),
            render: (_, c) => <CandidateIdentity candidate={c} />,
          },
          { key: 'score', title: t('candidates.score'), render: (_, c) => score(c) },
          {
            key: 'reasons',
            title: t('candidates.reasons'),
            render: (_, c) => <CandidateReasons candidate={c} />,
          },
          { key: 'fields', title: t('candidates.fields'), render: (_, c) => <FieldsCovered candidate={c} /> },
          { key: 'load', title: t('candidates.load'), render: (_, c) => <PanelLoad load={c.load} /> },
          {
            key: 'conflicts',
            title: t('candidates.conflicts'),
            render: (_, c) => <ConflictFlags flags={c.conflicts} />,
          },
          ...(action
            ? [
                {
                  key: 'action',
                  title: t('candidates.action'),
                  render: (_: unknown, c: Candidate) => action(c),
                },
              ]
            : []),
        ]}
      />
    );
  }
  return (
    <Flex vertical gap="small">
      {loading && !items && <Typography.Text>{t('candidates.loading')}</Typography.Text>}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
        {items?.map((candidate) => (
          <li key={candidate.intellectualId}>
            <Panel size="small">
              <Flex vertical gap={6}>
                <Flex justify="space-between" gap="small" wrap>
                  <span>{t('candidates.rankScore', { rank: candidate.rank, score: score(candidate) })}</span>
                  {action?.(candidate)}
                </Flex>
                <CandidateIdentity candidate={candidate} />
                <Section title={t('candidates.reasons')}>
                  <CandidateReasons candidate={candidate} />
                </Section>
                <Section title={t('candidates.fields')}>
                  <FieldsCovered candidate={candidate} />
                </Section>
                <Section title={t('candidates.load')}>
                  <PanelLoad load={candidate.load} />
                </Section>
                <Section title={t('candidates.conflicts')}>
                  <ConflictFlags flags={candidate.conflicts} />
                </Section>
              </Flex>
            </Panel>
          </li>
        ))}
      </ol>
      <Pagination {...pagination} simple />
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <div>{children}</div>
    </div>
  );
}

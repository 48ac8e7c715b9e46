import { useMutation } from '@tanstack/react-query';
import { Button, Col, Flex, Popconfirm, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { CandidateList } from '../../../features/panels/CandidateList';
import { ConflictPolicy } from '../../../features/panels/ConflictPolicy';
import { DraftMembers } from '../../../features/panels/DraftMembers';
import { PanelVerdict } from '../../../features/panels/PanelVerdict';
import { StalePanelNotice } from '../../../features/panels/StalePanelNotice';
import {
  addCandidate,
  draftOf,
  removeMember,
  setOverrideReason,
  setRole,
} from '../../../features/panels/draft';
import { suggestPanel, useCandidates, type PanelSuggestion } from '../../../features/panels/panels-api';
import { usePanelDraft } from '../../../features/panels/use-panel-draft';
import { useCatalog } from '../../../features/catalog/use-catalog';
import { formatNumber } from '../../../i18n/format';
import { useRequest } from '../../../features/requests/requests-api';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 10;

/**
 * /review-requests/:id/panel: staff build the panel. "Suggest" fills the draft, candidates are added
 * from the list below, roles set and members removed; the server re-checks the rules and the balance
 * on every change, and the save carries If-Match.
 */
export default function PanelBuilderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('panels');
  usePageTitle(t('builder.title'));
  const request = useRequest(id);
  const fields = useCatalog('fields');
  const session = usePanelDraft(id, { saved: t('builder.saved'), unchanged: t('builder.unchanged') });
  const paging = useUrlPage(PAGE_SIZE, 'candidates');
  const candidates = useCandidates(id, paging.window);
  const [suggestion, setSuggestion] = useState<PanelSuggestion>();
  const suggest = useMutation({
    mutationFn: () => suggestPanel(id),
    onSuccess: (proposed) => {
      setSuggestion(proposed);
      session.edit(() => draftOf(proposed.members));
    },
  });
  const { panel, draft, check } = session;
  const verdict = check.data ?? panel.data?.data;
  const rolesWanted = panel.data?.data.requirements.rolesWanted ?? {};
  const onPanel = new Set(draft?.map((member) => member.intellectualId));

  const suggestButton = (
    <Button loading={suggest.isPending} onClick={draft?.length ? undefined : () => suggest.mutate()}>
      {t('builder.suggest')}
    </Button>
  );
  return (
    <Flex vertical gap="middle">
      <Link to={`/review-requests/${id}`}>{t('backToRequest')}</Link>
      <Typography.Title level={1}>{t('builder.title')}</Typography.Title>
      {request.data && <Typography.Paragraph strong>{request.data.data.title}</Typography.Paragraph>}
      <Typography.Paragraph>{t('builder.intro')}</Typography.Paragraph>
      <ProblemAlert error={panel.error} onRetry={() => void panel.refetch()} />
      {session.stale && (
        <StalePanelNotice current={session.stale} onReload={session.reload} onKeepMine={session.keepMine} />
      )}
      {!draft ? (
        !panel.error && <Skeleton active />
      ) : (
        <>
          <Flex wrap gap="small" align="center">
            {draft.length ? (
              <Popconfirm
                title={t('builder.suggestConfirm')}
                okText={t('builder.suggestReplace')}
                cancelText={t('builder.keep')}
                onConfirm={() => suggest.mutate()}
              >
                {suggestButton}
              </Popconfirm>
            ) : (
              suggestButton
            )}
            <Button type="primary" loading={session.saving} onClick={() => void session.save()}>
              {t('builder.save')}
            </Button>
            {session.changed && <Typography.Text role="status">{t('builder.unsaved')}</Typography.Text>}
          </Flex>
          <ProblemAlert error={suggest.error} />
          {suggestion && (
            <Typography.Paragraph role="status">
              {t('builder.suggested', {
                total: formatNumber(suggestion.totalRelevance, undefined, 2),
                suggester: suggestion.suggester,
              })}
              {suggestion.uncoveredFields.length > 0 &&
                ` ${t('builder.uncovered', { fields: suggestion.uncoveredFields.map(fields.nameOf).join('; ') })}`}
            </Typography.Paragraph>
          )}
          <ProblemAlert error={session.problem} />
          <ProblemAlert error={check.error} onRetry={() => void check.refetch()} />
          <Row gutter={[24, 24]}>
            <Col xs={24} lg={14}>
              <section aria-labelledby="panel-members">
                <Typography.Title level={2} id="panel-members">
                  {t('builder.members', { count: draft.length })}
                </Typography.Title>
                <DraftMembers
                  members={draft}
                  violations={verdict?.violations ?? []}
                  onRole={(member, role) => session.edit((d) => setRole(d, member, role))}
                  onReason={(member, reason) => session.edit((d) => setOverrideReason(d, member, reason))}
                  onRemove={(member) => session.edit((d) => removeMember(d, member))}
                />
              </section>
            </Col>
            <Col xs={24} lg={10}>
              <PanelVerdict
                violations={verdict?.violations}
                balance={verdict?.balance}
                checking={check.isFetching}
              />
            </Col>
          </Row>
          <section aria-labelledby="panel-candidates">
            <Typography.Title level={2} id="panel-candidates">
              {t('builder.candidates')}
            </Typography.Title>
            <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
            <CandidateList
              items={candidates.data?.items}
              loading={candidates.isFetching}
              pagination={paging.pagination(candidates.data?.total)}
              action={(candidate) =>
                onPanel.has(candidate.intellectualId) ? (
                  <Typography.Text>{t('builder.onPanel')}</Typography.Text>
                ) : (
                  <Button onClick={() => session.edit((d) => addCandidate(d, candidate, rolesWanted))}>
                    {t('builder.add')}
                    <span className="tkh-visually-hidden">{` ${candidate.fullName}`}</span>
                  </Button>
                )
              }
            />
          </section>
        </>
      )}
      <ConflictPolicy />
    </Flex>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { formatNumber } from '../../../i18n/format';
import type { ReviewRequest } from '../../../features/requests/requests-api';

type NeedCandidate = Schemas['NeedCandidateView'];
type Reason = Schemas['CandidateReasonView'];
const TOP_MATCHED = 5;
/** The states in which the board takes interest and staff shortlist (the API's NEED_OPEN_STATES). */
const OPEN_STATES: readonly ReviewRequest['state'][] = ['accepted', 'panel_forming'];

/**
 * "Quan tâm" on a task order's staff page: the experts who expressed interest, with the matcher's
 * rank and reasons and their conflicts, and the best matched ones who did not; staff shortlist from
 * both. Seating them stays the panel builder's.
 */
export function NeedInterestSection({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('needs');
  const queryClient = useQueryClient();
  const open = OPEN_STATES.includes(request.state);
  const key = ['review-requests', 'interest', request.id] as const;
  const interest = useQuery({
    queryKey: [...key, 'list'],
    queryFn: () =>
      unwrap(
        api.GET('/review-requests/{id}/interest', {
          params: { path: { id: request.id }, query: { limit: 100 } },
        }),
      ),
  });
  const matched = useQuery({
    queryKey: [...key, 'matched'],
    enabled: open,
    queryFn: () =>
      unwrap(
        api.GET('/review-requests/{id}/candidates', {
          params: { path: { id: request.id }, query: { limit: TOP_MATCHED + 10 } },
        }),
      ),
  });
  const toggle = useMutation({
    mutationFn: ({ intellectualId, on }: { intellectualId: string; on: boolean }) => {
      const params = { params: { path: { id: request.id, intellectualId } } };
      return unwrap(
        on
          ? api.PUT('/review-requests/{id}/shortlist/{intellectualId}', params)
          : api.DELETE('/review-requests/{id}/shortlist/{intellectualId}', params),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const listed = new Set(interest.data?.items.map((item) => item.intellectualId));
  const others = (matched.data?.items ?? [])
    .filter((c) => !listed.has(c.intellectualId))
    .slice(0, TOP_MATCHED);
  const busy = (id: string) => toggle.isPending && toggle.variables.intellectualId === id;
  return (
    <section aria-labelledby="need-interest">
      <Typography.Title level={2} id="need-interest">
        {t('staff.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('staff.intro')}</Typography.Paragraph>
      <ProblemAlert error={toggle.error} />
      {interest.isPending && <Spin />}
      {interest.isError && <ProblemAlert error={interest.error} onRetry={() => void interest.refetch()} />}
      {interest.data && (
        <>
          <Typography.Paragraph strong>
            {t('staff.counts', {
              interested: interest.data.interested,
              shortlisted: interest.data.shortlisted,
            })}
          </Typography.Paragraph>
          <List
            dataSource={interest.data.items}
            locale={{ emptyText: <Empty description={t('staff.none')} /> }}
            renderItem={(item) => (
              <List.Item
                actions={
                  open
                    ? [
                        <Button
                          key="shortlist"
                          size="small"
                          type={item.shortlisted ? 'default' : 'primary'}
                          loading={busy(item.intellectualId)}
                          onClick={() =>
                            toggle.mutate({ intellectualId: item.intellectualId, on: !item.shortlisted })
                          }
                          aria-label={`${item.shortlisted ? t('staff.unshortlist') : t('staff.shortlist')}: ${item.fullName}`}
                        >
                          {item.shortlisted ? t('staff.unshortlist') : t('staff.shortlist')}
                        </Button>,
                      ]
                    : []
                }
              >
                <InterestedExpert item={item} />
              </List.Item>
            )}
          />
        </>
      )}
      {open && (
        <>
          <Typography.Title level={3}>{t('staff.topMatched')}</Typography.Title>
          {matched.isPending && <Spin />}
          {matched.isError && <ProblemAlert error={matched.error} onRetry={() => void matched.refetch()} />}
          {matched.data && (
            <List
              dataSource={others}
              locale={{ emptyText: <Empty description={t('staff.topMatchedNone')} /> }}
              renderItem={(candidate) => (
                <List.Item
                  actions={[
                    <Button
                      key="shortlist"
                      size="small"
                      loading={busy(candidate.intellectualId)}
                      onClick={() => toggle.mutate({ intellectualId: candidate.intellectualId, on: true })}
                      aria-label={`${t('staff.shortlist')}: ${candidate.fullName}`}
                    >
                      {t('staff.shortlist')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={candidate.fullName}
                    description={
                      <Flex vertical>
                        <span>{candidate.organizationName}</span>
                        <span>
                          {t('staff.match', {
                            rank: candidate.rank,
                            score: formatNumber(candidate.score, undefined, 2),
                          })}
                        </span>
                        <Reasons reasons={candidate.reasons} />
                      </Flex>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

function InterestedExpert({ item }: { item: NeedCandidate }) {
  const { t, i18n } = useTranslation('needs');
  const english = i18n.language === 'en';
  return (
    <List.Item.Meta
      title={item.fullName}
      description={
        <Flex vertical>
          {item.organizationName && <span>{item.organizationName}</span>}
          <span>
            {[item.interested && t('staff.interested'), item.shortlisted && t('staff.shortlisted')]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {item.note && <span>{t('staff.note', { note: item.note })}</span>}
          <span>
            {item.match
              ? t('staff.match', {
                  rank: item.match.rank,
                  score: formatNumber(item.match.score, undefined, 2),
                })
              : t('staff.noMatch')}
          </span>
          {item.match && <Reasons reasons={item.match.reasons} />}
          {item.worstSeverity && (
            <Typography.Text type={item.worstSeverity === 'block' ? 'danger' : 'warning'}>
              {t('staff.conflict', {
                rules: `${t(item.worstSeverity === 'block' ? 'staff.block' : 'staff.warn')}: ${item.conflicts
                  .map((flag) => (english ? flag.evidence.en : flag.evidence.vi))
                  .join('; ')}`,
              })}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}

/** The matcher's first reasons, in the reader's language. */
function Reasons({ reasons }: { reasons: Reason[] }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {reasons.slice(0, 3).map((reason, index) => (
        <li key={index}>{english ? reason.message : reason.messageVi}</li>
      ))}
    </ul>
  );
}

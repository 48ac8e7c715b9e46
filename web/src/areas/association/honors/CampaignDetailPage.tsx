import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../../app/ButtonLink';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { CampaignSetupView } from '../../../features/honors/CampaignSetupView';
import { CampaignStateTag } from '../../../features/honors/CampaignStateTag';
import { valuesOf } from '../../../features/honors/campaign-form';
import {
  CAMPAIGNS_KEY,
  EDITABLE_STATES,
  moveCampaign,
  publishCampaign,
  useCampaign,
  type CampaignState,
} from '../../../features/honors/campaigns-api';
import { DecisionForm } from './DecisionForm';
import { EligibilityPreview } from './EligibilityPreview';
import { NominationsSection } from './NominationsSection';

/** The states in which the campaign's councils score (or have scored) its rounds. */
const REVIEWED_STATES: readonly CampaignState[] = ['in_review', 'decided', 'published', 'archived'];

/** Each round's progress and result (a campaign without rounds set up reviews in one round). */
function CouncilRounds({ campaignId, rounds }: { campaignId: string; rounds: number }) {
  const { t } = useTranslation('scoring');
  const { t: th } = useTranslation('honors');
  return (
    <section aria-labelledby="campaign-councils">
      <Typography.Title level={2} id="campaign-councils">
        {t('campaignRounds.title')}
      </Typography.Title>
      <ul>
        {Array.from({ length: Math.max(1, rounds) }, (_, index) => index + 1).map((round) => (
          <li key={round}>
            <Link to={`/honors/campaigns/${campaignId}/rounds/${round}/council`}>
              {th('council.roundCouncil', { round })}
            </Link>
            {' · '}
            <Link to={`/council/campaigns/${campaignId}/rounds/${round}/overview`}>
              {t('campaignRounds.round', { round })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /honors/campaigns/:id: the setup read-only, the moves its state allows, and an eligibility preview. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('honors');
  const campaign = useCampaign(id);
  usePageTitle(campaign.data?.data.title ?? t('list.title'));
  const queryClient = useQueryClient();
  const move = useMutation({
    // publishing writes the awards and mails the honorees: its own route; deciding has its own form
    mutationFn: (to: CampaignState) =>
      to === 'published'
        ? publishCampaign(id, campaign.data!.etag)
        : moveCampaign(id, campaign.data!.etag, to),
    // refused too (409: someone moved it, 412: someone changed it): show the campaign as it is now
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY }),
  });
  if (campaign.error) return <ProblemAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Skeleton active />;
  const { data } = campaign.data;
  return (
    <Flex vertical gap="middle">
      <Link to="/honors/campaigns">{t('detail.back')}</Link>
      <Typography.Title level={1}>{data.title}</Typography.Title>
      <Flex wrap gap="middle" align="center">
        <CampaignStateTag state={data.state} />
        {data.nextStates
          .filter((to) => to !== 'decided')
          .map((to) => (
            <Popconfirm
              key={to}
              title={
                to === 'published' ? t('publishConfirm') : t('moveConfirm', { state: t(`states.${to}`) })
              }
              okText={t('confirm')}
              cancelText={t('close')}
              onConfirm={() => move.mutate(to)}
            >
              <Button
                type={to === 'archived' ? 'default' : 'primary'}
                loading={move.isPending && move.variables === to}
              >
                {t(`moveTo.${to}`)}
              </Button>
            </Popconfirm>
          ))}
        {EDITABLE_STATES.includes(data.state) && (
          <ButtonLink to={`/honors/campaigns/${id}/edit`}>{t('detail.edit')}</ButtonLink>
        )}
      </Flex>
      <ProblemAlert error={move.error} />
      {!data.scoring &&
        data.kind !== 'exemplary_scientist_meeting' &&
        EDITABLE_STATES.includes(data.state) && (
          <Alert type="warning" showIcon title={t('detail.noScoring')} />
        )}
      {data.nextStates.includes('decided') && <DecisionForm campaignId={id} etag={campaign.data.etag} />}
      <section aria-labelledby="campaign-setup">
        <Typography.Title level={2} id="campaign-setup">
          {t('detail.setup')}
        </Typography.Title>
        <CampaignSetupView setup={valuesOf(data)} organizer={data.organizerName} />
      </section>
      {data.state !== 'draft' && <NominationsSection campaignId={id} criteria={data.criteria} />}
      {REVIEWED_STATES.includes(data.state) && <CouncilRounds campaignId={id} rounds={data.rounds.length} />}
      <EligibilityPreview campaignId={id} />
    </Flex>
  );
}

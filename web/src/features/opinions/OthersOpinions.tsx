import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../app/ProblemAlert';
import { MemberOpinionList } from './MemberOpinionList';
import type { MyOpinion, OpinionSource } from './opinions-api';

/**
 * The other members' opinions, for a request that lets members read each other's: signed in or by
 * the member's link (`source`), the member's own seat left out.
 */
export function OthersOpinions({ source, view }: { source: OpinionSource; view: MyOpinion }) {
  const { t } = useTranslation('opinions');
  const query = useQuery({ queryKey: source.others.key, queryFn: source.others.fetch });
  const others = query.data?.members.filter((member) => member.panelMemberId !== view.panelMemberId);
  return (
    <section aria-labelledby="others-opinions">
      <Typography.Title level={2} id="others-opinions">
        {t('mine.others')}
      </Typography.Title>
      <Typography.Paragraph>{t('mine.othersIntro')}</Typography.Paragraph>
      {query.isPending && <Skeleton active />}
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {others &&
        (others.length === 0 ? (
          <Typography.Text>{t('mine.noOthers')}</Typography.Text>
        ) : (
          <MemberOpinionList requestId={view.request.id} members={others} source={source} />
        ))}
    </section>
  );
}

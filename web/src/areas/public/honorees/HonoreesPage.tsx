import { useQuery } from '@tanstack/react-query';
import { Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiProblem, unwrap, type Schemas } from '../../../api/client';
import { ButtonLink } from '../../../app/ButtonLink';
import { Panel } from '../../../app/Panel';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { DecisionLine } from './DecisionLine';

type Level = Schemas['PublicHonoreeLevelView'];

/** `/honorees/:id`: one published campaign's decision and, per prize level, who was honored. */
export default function HonoreesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('honorees');
  const result = useQuery({
    queryKey: ['public-honors', 'honorees', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/public/honor-campaigns/{id}/honorees', { params: { path: { id } }, signal })),
    retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
  });
  const missing = result.error instanceof ApiProblem && [400, 404].includes(result.error.status);
  usePageTitle(result.data?.campaign.title ?? (missing ? t('campaign.notFoundTitle') : undefined));

  if (missing) {
    return (
      <Result
        status="404"
        title={<h1>{t('campaign.notFoundTitle')}</h1>}
        subTitle={t('campaign.notFoundDetail')}
        extra={
          <ButtonLink type="primary" to="/honorees">
            {t('campaign.backToList')}
          </ButtonLink>
        }
      />
    );
  }
  if (result.error) return <ProblemAlert error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) {
    return (
      <div role="status" aria-busy="true" aria-label={t('campaign.loading')}>
        <Skeleton active />
      </div>
    );
  }
  const { campaign, levels } = result.data;
  return (
    <article>
      <Link to="/honorees">{t('campaign.backToList')}</Link>
      <Typography.Title level={1} style={{ marginTop: 8 }}>
        {campaign.title}
      </Typography.Title>
      <DecisionLine campaign={campaign} />
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('campaign.levelsHeading')}
      </Typography.Title>
      {levels.map((level) => (
        <LevelSection key={level.code} level={level} />
      ))}
      <Typography.Paragraph type="secondary">{t('campaign.othersNote')}</Typography.Paragraph>
    </article>
  );
}

function LevelSection({ level }: { level: Level }) {
  const { t } = useTranslation('honorees');
  return (
    <Panel style={{ marginBottom: 16 }}>
      <section aria-labelledby={`level-${level.code}`}>
        <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }} id={`level-${level.code}`}>
          {level.name}
        </Typography.Title>
        {level.honorees.length > 0 ? (
          <ol style={{ paddingInlineStart: 20, marginBottom: 8 }}>
            {level.honorees.map((honoree) => (
              <li key={honoree.profileId} style={{ marginBottom: 4 }}>
                <Link to={`/directory/${honoree.profileId}`} style={{ fontWeight: 600 }}>
                  {honoree.fullName}
                </Link>
                {honoree.organizationName && <span> — {honoree.organizationName}</span>}
              </li>
            ))}
          </ol>
        ) : (
          level.otherHonorees === 0 && <Typography.Paragraph>{t('campaign.noneNamed')}</Typography.Paragraph>
        )}
        {level.otherHonorees > 0 && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t(level.honorees.length > 0 ? 'campaign.others' : 'campaign.othersOnly', {
              count: level.otherHonorees,
            })}
          </Typography.Paragraph>
        )}
      </section>
    </Panel>
  );
}

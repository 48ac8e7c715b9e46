import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AwardCampaignLink } from '../../features/profile/AwardCampaignLink';
import { Link, useParams } from 'react-router';
import { api, ApiProblem, unwrap, type Schemas } from '../../api/client';
import { ButtonLink } from '../../app/ButtonLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { usePageTitle } from '../../app/page-title';
import { useCatalog } from '../../features/catalog/use-catalog';
import { countryName, languageName } from './catalog-names';

type Profile = Schemas['PublicProfileView'];

/** /directory/:id — one public profile; the server fills the same title and description for shared links. */
export default function PublicProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('public');
  const profile = useQuery({
    queryKey: ['directory', 'profile', id],
    queryFn: ({ signal }) => unwrap(api.GET('/directory/{id}', { params: { path: { id } }, signal })),
    retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
  });
  const missing = profile.error instanceof ApiProblem && [400, 404].includes(profile.error.status);
  usePageTitle(profile.data?.fullName ?? (missing ? t('profile.notFoundTitle') : undefined));

  if (missing) {
    return (
      <Result
        status="404"
        title={<h1>{t('profile.notFoundTitle')}</h1>}
        subTitle={t('profile.notFoundDetail')}
        extra={
          <ButtonLink type="primary" to="/directory">
            {t('profile.backToDirectory')}
          </ButtonLink>
        }
      />
    );
  }
  if (profile.error) return <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) {
    return (
      <div role="status" aria-busy="true" aria-label={t('profile.loading')}>
        <Skeleton active />
      </div>
    );
  }
  return <ProfileView profile={profile.data} />;
}

function ProfileView({ profile }: { profile: Profile }) {
  const { t } = useTranslation('public');
  const fieldName = useCatalog('fields').nameOf;
  const honoraryName = useCatalog('honorary-titles').nameOf;
  const titles = [
    profile.academicTitle && t(`academicTitle.${profile.academicTitle.code}`),
    profile.highestDegree && t(`degree.${profile.highestDegree}`),
  ].filter(Boolean);
  const fields = [...new Set([profile.primaryFieldCode, ...profile.fieldCodes].filter(Boolean))] as string[];
  return (
    <article>
      <Link to="/directory">{t('profile.backToDirectory')}</Link>
      <Typography.Title level={1} style={{ marginTop: 8 }}>
        {profile.fullName}
      </Typography.Title>
      {titles.length > 0 && (
        <Typography.Paragraph strong style={{ fontSize: 18 }}>
          {titles.join(', ')}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph>
        {[profile.position, profile.organizationName].filter(Boolean).join(', ')}
      </Typography.Paragraph>
      {profile.overseas && (
        <Typography.Paragraph>
          {t('profile.livesIn', { country: countryName(profile.countryCode) ?? '' })}
        </Typography.Paragraph>
      )}
      {profile.overseasInfo?.willingToContribute && (
        <Typography.Paragraph>
          {t('profile.willingToContribute')}
          {profile.overseasInfo.topics?.length
            ? ` — ${t('profile.contributionTopics', { topics: profile.overseasInfo.topics.join(', ') })}`
            : ''}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('profile.consentNote')}</Typography.Paragraph>

      <Section title={t('profile.biography')} show={!!profile.biography}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{profile.biography}</Typography.Paragraph>
      </Section>
      <Section title={t('profile.expertise')} show={profile.expertise.length > 0}>
        <Tags values={profile.expertise} />
      </Section>
      <Section title={t('profile.fields')} show={fields.length > 0}>
        <Tags values={fields.map((code) => fieldName(code))} />
      </Section>
      <Section title={t('profile.honoraryTitles')} show={profile.honoraryTitles.length > 0}>
        <Items
          items={profile.honoraryTitles.map((title) =>
            title.year
              ? t('profile.yearTitle', { title: honoraryName(title.code), year: title.year })
              : honoraryName(title.code),
          )}
        />
      </Section>
      <Section title={t('profile.languages')} show={profile.languages.length > 0}>
        <Typography.Paragraph>{profile.languages.map(languageName).join(', ')}</Typography.Paragraph>
      </Section>
      <Section title={t('profile.educations')} show={profile.educations.length > 0}>
        <Items
          items={profile.educations.map((education) =>
            [
              t(`degree.${education.level}`),
              education.major ?? (education.fieldCode ? fieldName(education.fieldCode) : undefined),
              education.institution,
              countryName(education.countryCode),
              education.year,
            ]
              .filter(Boolean)
              .join(', '),
          )}
        />
      </Section>
      <Section title={t('profile.publications')} show={profile.publications.length > 0}>
        <Items
          items={profile.publications.map((publication) => (
            <>
              <cite>{publication.title}</cite>
              {[
                publication.venue,
                publication.year,
                publication.indexClass && t(`indexClass.${publication.indexClass}`),
              ]
                .filter(Boolean)
                .map((part) => `. ${part}`)
                .join('')}
              {publication.doi && (
                <>
                  {'. '}
                  <a href={`https://doi.org/${publication.doi}`} rel="noopener noreferrer">
                    {`doi:${publication.doi}`}
                  </a>
                </>
              )}
            </>
          ))}
        />
      </Section>
      <Section title={t('profile.intellectualProperties')} show={profile.intellectualProperties.length > 0}>
        <Items
          items={profile.intellectualProperties.map((ip) =>
            [t(`ipKind.${ip.kind}`), ip.title, ip.number, ip.year, ip.status && t(`ipStatus.${ip.status}`)]
              .filter(Boolean)
              .join(', '),
          )}
        />
      </Section>
      <Section title={t('profile.researchProjects')} show={profile.researchProjects.length > 0}>
        <Items
          items={profile.researchProjects.map((project) =>
            [
              project.title,
              project.level && t(`projectLevel.${project.level}`),
              project.role && t('profile.projectRole', { role: t(`projectRole.${project.role}`) }),
              project.startYear &&
                t('profile.projectPeriod', { from: project.startYear, to: project.endYear ?? '' }),
            ]
              .filter(Boolean)
              .join(', '),
          )}
        />
      </Section>
      <Section title={t('profile.awards')} show={profile.awards.length > 0}>
        <Items
          items={profile.awards.map((award) => (
            <>
              {[award.name, award.level && t(`awardLevel.${award.level}`), award.issuer, award.year]
                .filter(Boolean)
                .join(', ')}
              {award.campaignId && (
                <>
                  {' — '}
                  <AwardCampaignLink item={award} />
                </>
              )}
            </>
          ))}
        />
      </Section>
      <Section title={t('profile.supervisions')} show={profile.supervisions.length > 0}>
        <Items
          items={profile.supervisions.map((supervision) =>
            [
              supervision.studentName,
              supervision.thesisTitle,
              t(`supervisionLevel.${supervision.level}`),
              supervision.year,
            ]
              .filter(Boolean)
              .join(', '),
          )}
        />
      </Section>
      <Section title={t('profile.memberships')} show={profile.memberships.length > 0}>
        <Items
          items={profile.memberships.map((membership) =>
            [membership.associationName, membership.role, membership.fromYear].filter(Boolean).join(', '),
          )}
        />
      </Section>
    </article>
  );
}

function Section({ title, show, children }: { title: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <section>
        <Typography.Title level={2} style={{ fontSize: 17 }}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  );
}

function Tags({ values }: { values: string[] }) {
  return (
    <Flex wrap gap={4}>
      {values.map((value) => (
        <Tag key={value}>{value}</Tag>
      ))}
    </Flex>
  );
}

function Items({ items }: { items: ReactNode[] }) {
  return (
    <ul style={{ paddingLeft: 20, margin: 0 }}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

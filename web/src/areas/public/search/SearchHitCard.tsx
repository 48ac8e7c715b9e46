import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { Panel } from '../../../app/Panel';
import { HighlightedText } from './HighlightedText';

type Hit = Schemas['SearchHitView'];

/** Matches shown under a hit, in this order; the name and the summary line show their own. */
const MATCH_ATTRIBUTES = [
  'otherNames',
  'expertise',
  'fieldNames',
  'position',
  'organizationName',
  'organizationAliases',
  'academicTitleName',
  'honoraryTitleNames',
  'degreeName',
  'countryName',
  'communeName',
  'biography',
] as const;

const MAX_MATCHES = 3;

function listOf(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** One search hit: the name linking to the profile, who they are, and where the words matched. */
export function SearchHitCard({ hit, to }: { hit: Hit; to: string }) {
  const { t } = useTranslation('public');
  const titles = [hit.academicTitleName, hit.degreeName].filter(Boolean).join(', ');
  const work = [hit.position, hit.organizationName].filter(Boolean).join(', ');
  const matches = MATCH_ATTRIBUTES.filter((name) => hit.highlight[name]).slice(0, MAX_MATCHES);
  return (
    <Panel size="small" style={{ marginBottom: 12 }}>
      <article>
        <Typography.Title level={3} style={{ fontSize: 17, marginBottom: 4 }}>
          <Link to={to}>
            {hit.highlight.fullName ? (
              <HighlightedText value={listOf(hit.highlight.fullName)[0]} />
            ) : (
              hit.fullName
            )}
          </Link>
        </Typography.Title>
        {titles && <Typography.Text strong>{titles}</Typography.Text>}
        {work && <Typography.Paragraph style={{ marginBottom: 4 }}>{work}</Typography.Paragraph>}
        {(hit.expertise?.length ?? 0) > 0 && (
          <Flex wrap gap={4} style={{ marginBottom: 4 }}>
            {hit.expertise!.slice(0, 5).map((keyword) => (
              <Tag key={keyword}>{keyword}</Tag>
            ))}
          </Flex>
        )}
        {matches.length > 0 && (
          <dl style={{ margin: 0 }}>
            {matches.map((name) => (
              <div key={name}>
                <dt style={{ display: 'inline', color: 'rgba(0, 0, 0, 0.65)' }}>
                  {t('search.matchedIn', { attribute: t(`attribute.${name}`) })}
                </dt>
                <dd style={{ display: 'inline', margin: 0 }}>
                  {listOf(hit.highlight[name]).map((value, index) => (
                    <span key={index}>
                      {index > 0 && '; '}
                      <HighlightedText value={value} />
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </article>
    </Panel>
  );
}

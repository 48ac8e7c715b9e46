import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Pagination, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { usePageTitle } from '../../../app/page-title';
import { currentLanguage } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { MergePanel } from './MergePanel';
import { useUrlPage } from '../../../app/url-page';

const PAGE_SIZE = 10;

type Group = Schemas['DuplicateGroupView'];

/**
 * /officer/duplicates: groups of records that may be one person, strongest first. Choosing a pair
 * opens the merge of the two (?survivor=…&other=…, so a comparison can be bookmarked or sent on).
 */
export default function DuplicatesPage() {
  const [params] = useSearchParams();
  const survivor = params.get('survivor');
  const other = params.get('other');
  // keyed by the pair in either order: a swap keeps the choices (they name a record, not a side)
  if (survivor && other)
    return <MergePanel key={[survivor, other].sort().join(':')} survivorId={survivor} otherId={other} />;
  return <Groups />;
}

function Groups() {
  const { t } = useTranslation('imports');
  usePageTitle(t('duplicates.title'));
  const [, setParams] = useSearchParams();
  const paging = useUrlPage(PAGE_SIZE);
  const groups = useQuery({
    queryKey: ['duplicates', paging.page],
    queryFn: () =>
      unwrap(
        api.GET('/intellectuals/duplicates', {
          params: { query: paging.window },
        }),
      ),
  });
  return (
    <Flex vertical gap="large">
      <div>
        <Typography.Title level={1}>{t('duplicates.title')}</Typography.Title>
        <Typography.Paragraph>{t('duplicates.intro')}</Typography.Paragraph>
      </div>
      <ProblemAlert error={groups.error} onRetry={() => void groups.refetch()} />
      {groups.isLoading && <Skeleton active />}
      {groups.data?.items.length === 0 && <Empty description={t('duplicates.none')} />}
      {groups.data?.items.map((group, index) => (
        <GroupCard
          key={group.members.map((member) => member.id).join()}
          group={group}
          index={paging.window.offset + index + 1}
          onCompare={(survivor, other) => setParams({ survivor, other })}
        />
      ))}
      {groups.data && groups.data.total > PAGE_SIZE && (
        <nav aria-label={t('duplicates.pagination')}>
          <Pagination {...paging.pagination(groups.data.total)} />
        </nav>
      )}
    </Flex>
  );
}

function GroupCard({
  group,
  index,
  onCompare,
}: {
  group: Group;
  index: number;
  onCompare: (survivorId: string, otherId: string) => void;
}) {
  const { t } = useTranslation('imports');
  const vietnamese = currentLanguage() === 'vi';
  const name = (id: string) => group.members.find((member) => member.id === id)?.fullName ?? id;
  const percent = (score: number) => `${formatNumber(score * 100)} %`;
  const headingId = `group-${index}`;
  return (
    <Card
      title={
        <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: '1.25rem' }}>
          {t('duplicates.group', { index, score: percent(group.score) })}
        </Typography.Title>
      }
    >
      <Typography.Title level={3}>{t('duplicates.members')}</Typography.Title>
      <List
        size="small"
        dataSource={group.members}
        renderItem={(member) => (
          <List.Item>
            <Space wrap size={4}>
              <Link to={`/people/${member.id}`}>{member.fullName}</Link>
              <Typography.Text type="secondary">
                {[
                  member.gender ? t(`values.gender.${member.gender}`) : null,
                  member.birthYear ? t('duplicates.born', { year: member.birthYear }) : null,
                  member.organizationName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={3}>{t('duplicates.pairs')}</Typography.Title>
      <List
        size="small"
        dataSource={group.links}
        renderItem={(link) => {
          const pair = t('duplicates.pair', { first: name(link.firstId), second: name(link.secondId) });
          return (
            <List.Item
              actions={[
                <Button
                  key="compare"
                  aria-label={`${t('duplicates.compare')}: ${pair}`}
                  onClick={() => onCompare(link.firstId, link.secondId)}
                >
                  {t('duplicates.compare')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${pair} · ${t('duplicates.score', { score: percent(link.score) })}`}
                description={link.reasons
                  .map((reason) => (vietnamese ? reason.messageVi : reason.message))
                  .join('; ')}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

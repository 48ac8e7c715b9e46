import { SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiProblem, unwrapWithEtag } from '../../../api/client';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { ResponsiveTable } from '../../../app/ResponsiveTable';
import { usePageTitle } from '../../../app/page-title';
import { useProfileCodeNames } from '../../../features/catalog/code-fields';
import { factText } from '../corrections/fact-text';
import {
  factsDiffer,
  factsNeedingChoice,
  LIST_FACTS,
  MERGE_FACTS,
  mergeFactText,
  type MergeFact,
} from './merge-facts';

type Side = 'survivor' | 'other';
/**
 * Per fact, the id of the record whose value is kept. Naming the record rather than a side keeps a
 * choice right across a swap, including one made on the old order while the swap is still rendering.
 */
type Choices = Partial<Record<MergeFact, string>>;

interface Row {
  key: string;
  fact: MergeFact | (typeof LIST_FACTS)[number];
  survivor: string;
  other: string;
  /** Single-valued and held differently by both: the merge needs to know which to keep. */
  choosable: boolean;
  differs: boolean;
}

function useProfile(id: string) {
  return useQuery({
    queryKey: ['profile', id],
    queryFn: () => unwrapWithEtag(api.GET('/intellectuals/{id}', { params: { path: { id } } })),
  });
}

/**
 * The two records side by side, a choice for every fact they hold differently, and the merge. The
 * server says which facts need a choice (409 MERGE_CHOICE_REQUIRED naming them): the officer may
 * choose up front wherever the records visibly differ, and is asked for any fact the server names
 * that has no choice yet. Only the named facts' choices are sent (a choice about an agreed fact is refused).
 */
export function MergePanel({ survivorId, otherId }: { survivorId: string; otherId: string }) {
  const { t } = useTranslation('imports');
  const nameOf = useProfileCodeNames();
  usePageTitle(t('merge.title'));
  const [, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const survivor = useProfile(survivorId);
  const other = useProfile(otherId);
  const [choices, setChoices] = useState<Choices>({});
  const [required, setRequired] = useState<MergeFact[]>([]);
  const [confirming, setConfirming] = useState(false);

  const merge = useMutation({
    mutationFn: (send: Partial<Record<MergeFact, Side>>) =>
      unwrapWithEtag(
        api.POST('/intellectuals/{id}/merge', {
          params: { path: { id: survivorId }, header: { 'If-Match': survivor.data!.etag } },
          body: { otherId, otherVersion: other.data!.data.version, choices: send },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      queryClient.removeQueries({ queryKey: ['profile', otherId] });
      void message.success(t('merge.merged'));
      void navigate(`/people/${survivorId}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      if (error.code === 'MERGE_CHOICE_REQUIRED') {
        const named = factsNeedingChoice(Object.keys(error.fieldErrors));
        setRequired(named);
        // everything the server asks about is already chosen: merge with exactly those choices
        if (named.every((fact) => choices[fact])) merge.mutate(sides(choices, named, survivorId));
      }
      if (error.status === 412) void queryClient.invalidateQueries({ queryKey: ['profile'] });
    },
  });

  const back = () => setParams({});
  if (survivor.error || other.error) return <ProblemAlert error={survivor.error ?? other.error} />;
  if (!survivor.data || !other.data) return <Skeleton active />;
  const [kept, merged] = [survivor.data.data, other.data.data];

  const rows: Row[] = [
    ...(Object.keys(MERGE_FACTS) as MergeFact[]).map((fact) => {
      const differs = factsDiffer(kept, merged, fact);
      return {
        key: fact,
        fact,
        survivor: mergeFactText(kept, fact, t, nameOf),
        other: mergeFactText(merged, fact, t, nameOf),
        differs,
        choosable: differs || required.includes(fact),
      };
    }),
    ...LIST_FACTS.map((fact) => ({
      key: fact,
      fact,
      survivor: factText(fact, kept[fact], t, nameOf),
      other: factText(fact, merged[fact], t, nameOf),
      differs: false,
      choosable: false,
    })),
  ];
  const missing = required.filter((fact) => !choices[fact]);
  const blockedByChoice =
    merge.error instanceof ApiProblem && merge.error.code === 'MERGE_CHOICE_REQUIRED' && missing.length > 0;

  return (
    <Flex vertical gap="large">
      <div>
        <Button type="link" onClick={back} style={{ paddingInline: 0 }}>
          {t('merge.back')}
        </Button>
        <Typography.Title level={1}>{t('merge.title')}</Typography.Title>
        <Typography.Paragraph>{t('merge.intro')}</Typography.Paragraph>
        <Button icon={<SwapOutlined />} onClick={() => setParams({ survivor: otherId, other: survivorId })}>
          {t('merge.swap')}
        </Button>
      </div>
      {blockedByChoice && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('merge.choicesNeeded', { count: required.length })}
          description={t('merge.choiceMissing', {
            facts: missing.map((fact) => t(`facts.${fact}`)).join(', '),
          })}
        />
      )}
      {merge.error &&
        !(merge.error instanceof ApiProblem && merge.error.code === 'MERGE_CHOICE_REQUIRED') && (
          <ProblemAlert error={merge.error} />
        )}
      <ResponsiveTable<Row>
        rowKey="key"
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: t('merge.fact'),
            key: 'fact',
            render: (row) => (
              <Space size={4} wrap>
                <Typography.Text strong>{t(`facts.${row.fact}`)}</Typography.Text>
                {row.differs && <Tag>{t('merge.differs')}</Tag>}
                {missing.includes(row.fact as MergeFact) && (
                  <Typography.Text type="danger">{t('merge.choiceNeeded')}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: `${t('merge.survivor')}: ${kept.fullName}`,
            key: 'survivor',
            render: (row) => row.survivor,
          },
          { title: `${t('merge.other')}: ${merged.fullName}`, key: 'other', render: (row) => row.other },
          {
            title: t('merge.keep'),
            key: 'choice',
            render: (row) =>
              row.choosable ? (
                <Radio.Group
                  aria-label={`${t('merge.keep')}: ${t(`facts.${row.fact}`)}`}
                  value={choices[row.fact as MergeFact]}
                  // from the current choices, not this render's: antd's table can keep a cell's
                  // handler from an earlier render, whose copy would drop the choice made since
                  onChange={(event) =>
                    setChoices((current) => ({ ...current, [row.fact]: event.target.value as string }))
                  }
                >
                  <Space orientation="vertical">
                    <Radio value={survivorId}>{t('merge.keepSurvivor', { value: row.survivor })}</Radio>
                    <Radio value={otherId}>{t('merge.keepOther', { value: row.other })}</Radio>
                  </Space>
                </Radio.Group>
              ) : null,
          },
        ]}
      />
      <div>
        <Button type="primary" danger onClick={() => setConfirming(true)} loading={merge.isPending}>
          {t('merge.submit')}
        </Button>
      </div>
      <Modal
        open={confirming}
        title={t('merge.confirmTitle', { other: merged.fullName ?? '', survivor: kept.fullName ?? '' })}
        okText={t('merge.confirm')}
        okButtonProps={{ danger: true }}
        onOk={() => {
          setConfirming(false);
          merge.mutate(sides(choices, required, survivorId));
        }}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>{t('merge.confirmBody')}</Typography.Paragraph>
      </Modal>
    </Flex>
  );
}

/** The choices about the given facts only, as the side of the current order each keeps. */
function sides(
  choices: Choices,
  facts: readonly MergeFact[],
  survivorId: string,
): Partial<Record<MergeFact, Side>> {
  return Object.fromEntries(
    facts
      .filter((fact) => choices[fact])
      .map((fact) => [fact, choices[fact] === survivorId ? 'survivor' : 'other']),
  );
}

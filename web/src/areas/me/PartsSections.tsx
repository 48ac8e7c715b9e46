import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { ProblemAlert } from '../../app/ProblemAlert';
import {
  PART_INPUTS,
  PART_KINDS,
  fromFormValue,
  isLocked,
  sameValue,
  type FormValue,
  type InputSpec,
  type PartKind,
  type Profile,
} from './fact-inputs';
import { FactInput } from './FactInput';
import { FactValue } from './FactValue';
import { CARD_TITLE } from './layout';
import { LockedFact, ProvenanceTags } from './MyProfilePage';
import { ME_KEY } from './my-profile';

type Item = Record<string, unknown> & {
  id: string;
  source?: 'hr_import' | 'self_declared' | 'association' | 'officer';
  verification?: { status: 'unverified' | 'verified'; verifiedBy: string | null; verifiedAt: string | null };
};

/** /me/<segment>/{partId}: the routes name the kinds in kebab case. */
const SEGMENT: Record<PartKind, string> = {
  educations: 'educations',
  employments: 'employments',
  relations: 'relations',
  publications: 'publications',
  intellectualProperties: 'intellectual-properties',
  researchProjects: 'research-projects',
  awards: 'awards',
  supervisions: 'supervisions',
  memberships: 'memberships',
};

/** An item's name for screen readers: its first text fact (title, institution…). */
function itemName(kind: PartKind, item: Item): string {
  const text = Object.entries(PART_INPUTS[kind] as Record<string, InputSpec>).find(
    ([name, spec]) => spec.kind === 'text' && typeof item[name] === 'string',
  );
  return text ? (item[text[0]] as string) : item.id;
}

const items = (profile: Profile, kind: PartKind) =>
  ((profile as Record<string, unknown>)[kind] as Item[] | undefined) ?? [];

/** The parts of the profile: recorded items are locked (ask for a correction), the person's own can go. */
export function PartsSections({ profile, etag }: { profile: Profile; etag: string }) {
  return (
    <>
      {PART_KINDS.filter((kind) => kind === 'publications' || items(profile, kind).length > 0).map((kind) => (
        <PartSection key={kind} profile={profile} etag={etag} kind={kind} />
      ))}
    </>
  );
}

function PartSection({ profile, etag, kind }: { profile: Profile; etag: string; kind: PartKind }) {
  const { t } = useTranslation(['me', 'common']);
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE(`/me/${SEGMENT[kind]}/{partId}` as '/me/publications/{partId}', {
          params: { path: { partId: id }, header: { 'If-Match': etag } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  const fields = Object.entries(PART_INPUTS[kind]) as Array<[string, InputSpec]>;
  return (
    <Card
      title={
        <Typography.Title level={2} style={CARD_TITLE}>
          {t(`parts.${kind}`)}
        </Typography.Title>
      }
      extra={
        kind === 'publications' && !adding ? (
          <Button onClick={() => setAdding(true)}>{t('parts.addPublication')}</Button>
        ) : undefined
      }
    >
      <ProblemAlert error={remove.error} />
      {adding && <AddPublication etag={etag} onDone={() => setAdding(false)} />}
      <List
        dataSource={items(profile, kind)}
        locale={{ emptyText: t('parts.none') }}
        renderItem={(item) => {
          const fact = `${kind}.${item.id}`;
          return (
            <List.Item>
              <Flex vertical gap="small" style={{ width: '100%' }}>
                <Flex wrap gap="small" align="baseline">
                  {fields
                    .filter(([name]) => !sameValue(item[name], null))
                    .map(([name, spec], index) => (
                      <span key={name}>
                        {index > 0 && ' · '}
                        <FactValue shape={spec} value={item[name]} />
                      </span>
                    ))}
                </Flex>
                <Flex wrap gap="small" justify="space-between" align="center">
                  <ProvenanceTags
                    provenance={
                      item.source && item.verification
                        ? { source: item.source, verification: item.verification }
                        : undefined
                    }
                  />
                  {isLocked(profile, fact) ? (
                    <LockedFact target={{ part: kind, id: item.id }} fact={itemName(kind, item)} canRequest />
                  ) : (
                    <Popconfirm
                      title={t('parts.removeConfirm')}
                      okText={t('common:actions.confirm')}
                      cancelText={t('common:actions.cancel')}
                      onConfirm={() => remove.mutate(item.id)}
                    >
                      <Button
                        size="small"
                        danger
                        aria-label={t('parts.removeNamed', { item: itemName(kind, item) })}
                        loading={remove.isPending && remove.variables === item.id}
                      >
                        {t('parts.remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

function AddPublication({ etag, onDone }: { etag: string; onDone: () => void }) {
  const { t } = useTranslation(['me', 'common']);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, FormValue>>();
  const [problem, setProblem] = useState<unknown>();
  const fields = Object.entries(PART_INPUTS.publications) as Array<
    [keyof typeof PART_INPUTS.publications, InputSpec]
  >;
  const add = useMutation({
    mutationFn: (values: Record<string, FormValue>) =>
      unwrap(
        api.POST('/me/publications', {
          params: { header: { 'If-Match': etag } },
          body: Object.fromEntries(
            fields
              .map(([name, spec]) => [name, fromFormValue(spec, values[name])])
              .filter(([, value]) => value !== null),
          ) as never,
        }),
      ),
    onMutate: () => setProblem(undefined),
    onError: (error) => setProblem(showFieldErrors(form, error)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onDone();
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => add.mutate(values)}
      style={{ marginBottom: 16 }}
    >
      {fields.map(([name, spec]) => (
        <Form.Item
          key={name}
          name={name}
          label={t(`partFields.publications.${name}`)}
          rules={
            name === 'title' || name === 'year' || name === 'indexClass'
              ? [{ required: true, message: t('form.required') }]
              : undefined
          }
        >
          <FactInput spec={spec} label={t(`partFields.publications.${name}`)} />
        </Form.Item>
      ))}
      <ProblemAlert error={problem} />
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('parts.savePublication')}
        </Button>
        <Button onClick={onDone}>{t('common:actions.cancel')}</Button>
      </Flex>
    </Form>
  );
}

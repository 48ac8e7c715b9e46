import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../../api/client';
import { namePathOf } from '../../../api/form-errors';
import { isStale } from '../../../api/problem';
import { ProblemAlert } from '../../../app/ProblemAlert';
import { ResponsiveTable } from '../../../app/ResponsiveTable';
import { usePageTitle } from '../../../app/page-title';
import {
  COUNCIL_ROLES,
  councilKey,
  fetchCouncil,
  liftRecusal,
  openCouncilScoring,
  replaceCouncil,
  useCouncil,
  type Council,
  type PanelRole,
  type Recusal,
} from '../../../features/honors/council-api';
import { CAMPAIGNS_KEY } from '../../../features/honors/campaigns-api';
import { ConflictFlags } from '../../../features/panels/ConflictFlags';
import { LIST_STYLE, useBilingual } from '../../../features/panels/bilingual';
import { PersonPicker } from '../../admin/PersonPicker';

interface Row {
  intellectualId: string;
  fullName: string;
  organizationName: string | null;
  role: PanelRole;
}

/** /honors/campaigns/:id/rounds/:round/council: staff seat a round's council, see recusals, open scoring. */
export default function CouncilPage() {
  const { id = '', round: roundParam = '' } = useParams();
  const round = Number(roundParam);
  const { t } = useTranslation('honors');
  const council = useCouncil(id, round);
  const queryClient = useQueryClient();
  // someone else changed the council since it was read (412): offer the version stored now
  const [stale, setStale] = useState(false);
  // the editor starts again from each saved version: the confirmation lives here
  const [saved, setSaved] = useState(false);
  const title = t('council.title', { round });
  usePageTitle(title);
  const open = useMutation({
    mutationFn: () => openCouncilScoring(id, round, council.data!.etag),
    onError: (error) => isStale(error) && setStale(true),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_KEY }),
  });
  if (council.error) return <ProblemAlert error={council.error} onRetry={() => void council.refetch()} />;
  if (!council.data) return <Skeleton active />;
  const { data, etag } = council.data;
  const reload = async () => {
    await council.refetch();
    setStale(false);
    open.reset();
  };
  return (
    <Flex vertical gap="middle">
      <Link to={`/honors/campaigns/${id}`}>{t('council.back')}</Link>
      <Typography.Title level={1}>{title}</Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        {[data.roundName, data.deadline && t('council.deadline', { date: data.deadline })]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Paragraph>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('council.conflictTitle')}
          description={
            <Flex vertical gap="small" align="start">
              <span>{t('council.conflictIntro')}</span>
              <Button onClick={() => void reload()} loading={council.isFetching}>
                {t('council.reload')}
              </Button>
            </Flex>
          }
        />
      )}
      {data.scoringOpenedAt ? (
        <Alert
          type="info"
          showIcon
          title={t('council.scoringOpened', { at: new Date(data.scoringOpenedAt).toLocaleString() })}
        />
      ) : (
        !data.editable && <Alert type="info" showIcon title={t('council.notEditable')} />
      )}
      {/* a new version (after a save or a reload) starts the draft again from what is stored now */}
      <MembersEditor
        key={etag}
        campaignId={id}
        council={data}
        etag={etag}
        onStale={() => setStale(true)}
        onSaved={setSaved}
      />
      {saved && <Alert type="success" showIcon role="status" title={t('council.saved')} />}
      <Recusals campaignId={id} council={data} />
      {data.current && !data.scoringOpenedAt && (
        <section aria-labelledby="council-open">
          <Typography.Title level={2} id="council-open">
            {t('council.openTitle')}
          </Typography.Title>
          <Typography.Paragraph>{t('council.openIntro')}</Typography.Paragraph>
          <Popconfirm
            title={t('council.openConfirm')}
            okText={t('confirm')}
            cancelText={t('close')}
            onConfirm={() => open.mutate()}
          >
            <Button type="primary" loading={open.isPending}>
              {t('council.open')}
            </Button>
          </Popconfirm>
          {!isStale(open.error) && <ProblemAlert error={open.error} />}
        </section>
      )}
    </Flex>
  );
}

/** The index a field problem's path names in the member list (`members[2].role` → 2). */
function memberIndexOf(field: string): number | undefined {
  const [list, index] = namePathOf(field);
  return list === 'members' && typeof index === 'number' ? index : undefined;
}

function MembersEditor({
  campaignId,
  council,
  etag,
  onStale,
  onSaved,
}: {
  campaignId: string;
  council: Council;
  etag: string;
  onStale: () => void;
  onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation('honors');
  const { t: tp } = useTranslation('panels');
  const pick = useBilingual();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() =>
    council.members.map((member) => ({
      intellectualId: member.intellectualId,
      fullName: member.fullName,
      organizationName: member.organizationName,
      role: member.role,
    })),
  );
  const [person, setPerson] = useState<{ id: string; label: string } | null>(null);
  const previousRound = council.round - 1;
  // the same people often sit round after round: start from the previous round's council, then adjust
  const copyPrevious = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({
        queryKey: councilKey(campaignId, previousRound),
        queryFn: () => fetchCouncil(campaignId, previousRound),
      }),
    onSuccess: ({ data }) =>
      setRows(
        data.members.map((member) => ({
          intellectualId: member.intellectualId,
          fullName: member.fullName,
          organizationName: member.organizationName,
          role: member.role,
        })),
      ),
  });
  const save = useMutation({
    mutationFn: () =>
      replaceCouncil(
        campaignId,
        council.round,
        etag,
        rows.map(({ intellectualId, role }) => ({ intellectualId, role })),
      ),
    onMutate: () => onSaved(false),
    onError: (error) => isStale(error) && onStale(),
    onSuccess: (saved) => {
      onSaved(true);
      queryClient.setQueryData(councilKey(campaignId, council.round), saved);
    },
  });
  const problem = save.error instanceof ApiProblem && !isStale(save.error) ? save.error : undefined;
  const rowProblems = (index: number) =>
    Object.entries(problem?.fieldErrors ?? {})
      .filter(([field]) => memberIndexOf(field) === index)
      .map(([, message]) => message);
  // the saved members' rule verdicts, by member (the draft is checked when saved)
  const violationsOf = (intellectualId: string) =>
    council.violations.filter((violation) => violation.intellectualIds.includes(intellectualId));
  const errors = council.violations.filter((violation) => violation.level === 'error');
  const warnings = council.violations.filter((violation) => violation.level === 'warning');
  const list = (items: typeof errors) => (
    <ul style={LIST_STYLE}>
      {items.map((violation, index) => (
        <li key={`${violation.code}-${index}`}>{pick(violation.messageVi, violation.message)}</li>
      ))}
    </ul>
  );
  const setRole = (index: number, role: PanelRole) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, role } : row)));
  const add = () => {
    if (!person || rows.some((row) => row.intellectualId === person.id)) return;
    const [fullName, organizationName] = person.label.split(' · ');
    setRows((current) => [
      ...current,
      { intellectualId: person.id, fullName, organizationName: organizationName ?? null, role: 'member' },
    ]);
    setPerson(null);
  };
  return (
    <section aria-labelledby="council-members">
      <Typography.Title level={2} id="council-members">
        {t('council.members')}
      </Typography.Title>
      <Flex vertical gap="middle">
        <ResponsiveTable<Row>
          rowKey="intellectualId"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('council.noMembers') }}
          columns={[
            {
              key: 'name',
              title: t('council.member'),
              render: (row, index) => {
                const messages = [
                  ...rowProblems(index),
                  ...violationsOf(row.intellectualId).map((violation) =>
                    pick(violation.messageVi, violation.message),
                  ),
                ];
                return (
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{row.fullName}</Typography.Text>
                    {row.organizationName && <Typography.Text>{row.organizationName}</Typography.Text>}
                    {messages.length > 0 && (
                      <ul style={LIST_STYLE}>
                        {messages.map((message, at) => (
                          <li key={at}>
                            <Typography.Text type="danger">{message}</Typography.Text>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Flex>
                );
              },
            },
            {
              key: 'role',
              title: t('council.role'),
              render: (row, index) =>
                council.editable ? (
                  <Select<PanelRole>
                    aria-label={t('council.roleOf', { name: row.fullName })}
                    style={{ minWidth: 160 }}
                    value={row.role}
                    onChange={(role) => setRole(index, role)}
                    options={COUNCIL_ROLES.map((role) => ({ value: role, label: tp(`roles.${role}`) }))}
                  />
                ) : (
                  tp(`roles.${row.role}`)
                ),
            },
            ...(council.editable
              ? [
                  {
                    key: 'remove',
                    title: t('council.actions'),
                    render: (row: Row) => (
                      <Button
                        onClick={() =>
                          setRows((current) =>
                            current.filter((other) => other.intellectualId !== row.intellectualId),
                          )
                        }
                      >
                        {t('council.removeOf', { name: row.fullName })}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {council.editable && (
          <>
            {previousRound >= 1 && rows.length === 0 && (
              <Flex vertical gap="small" align="start">
                <Button onClick={() => copyPrevious.mutate()} loading={copyPrevious.isPending}>
                  {t('council.copyPrevious', { round: previousRound })}
                </Button>
                {copyPrevious.data && copyPrevious.data.data.members.length === 0 && (
                  <Typography.Text role="status">
                    {t('council.previousEmpty', { round: previousRound })}
                  </Typography.Text>
                )}
                <ProblemAlert error={copyPrevious.error} />
              </Flex>
            )}
            <Form layout="vertical" onFinish={add} style={{ maxWidth: 560 }}>
              <Form.Item label={t('council.addPerson')} htmlFor="council-person" style={{ marginBottom: 8 }}>
                <PersonPicker
                  id="council-person"
                  value={person?.id ?? null}
                  onChange={(value, label) => setPerson(value ? { id: value, label: label ?? '' } : null)}
                  labels={{
                    placeholder: t('council.personPlaceholder'),
                    typeToSearch: t('eligibility.typeToSearch'),
                    noPerson: t('eligibility.noPerson'),
                    chosen: person?.label ?? t('eligibility.chosen'),
                    clear: t('eligibility.clear'),
                  }}
                />
              </Form.Item>
              <Button htmlType="submit" disabled={!person}>
                {t('council.add')}
              </Button>
            </Form>
            <div>
              <Button type="primary" onClick={() => save.mutate()} loading={save.isPending}>
                {t('council.save')}
              </Button>
            </div>
            <ProblemAlert error={problem} />
          </>
        )}
        <div role="status" aria-live="polite">
          {errors.length > 0 && (
            <Alert type="error" showIcon title={t('council.ruleErrors')} description={list(errors)} />
          )}
          {warnings.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="warning"
              showIcon
              title={t('council.ruleWarnings')}
              description={list(warnings)}
            />
          )}
        </div>
      </Flex>
    </section>
  );
}

function Recusals({ campaignId, council }: { campaignId: string; council: Council }) {
  const { t } = useTranslation('honors');
  const queryClient = useQueryClient();
  const [lifting, setLifting] = useState<Recusal | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const lift = useMutation({
    mutationFn: (reason: string) => liftRecusal(campaignId, council.round, lifting!.id!, reason),
    onSuccess: (saved) => {
      queryClient.setQueryData(councilKey(campaignId, council.round), saved);
      setLifting(null);
      form.resetFields();
    },
  });
  const recusals = council.members.flatMap((member) => member.recusals);
  const stateOf = (recusal: Recusal) =>
    !recusal.recused ? (
      <Tag>{t('council.recusalLifted')}</Tag>
    ) : recusal.id ? (
      <Tag color="red">{t('council.recusalRecorded')}</Tag>
    ) : (
      <Tag>{t('council.recusalPending')}</Tag>
    );
  return (
    <section aria-labelledby="council-recusals">
      <Typography.Title level={2} id="council-recusals">
        {t('council.recusals')}
      </Typography.Title>
      <Typography.Paragraph>
        {t('council.nominees', { count: council.nominees.length })}{' '}
        {council.nominees.map((nominee) => nominee.nomineeName).join(', ')}
      </Typography.Paragraph>
      <ResponsiveTable<Recusal>
        rowKey={(recusal) => `${recusal.intellectualId}-${recusal.nominationId}`}
        pagination={false}
        dataSource={recusals}
        locale={{ emptyText: t('council.noRecusals') }}
        columns={[
          { key: 'member', title: t('council.member'), render: (recusal) => recusal.memberName },
          { key: 'nominee', title: t('council.nominee'), render: (recusal) => recusal.nomineeName },
          {
            key: 'conflicts',
            title: t('council.conflicts'),
            render: (recusal) => <ConflictFlags flags={recusal.conflicts} />,
          },
          {
            key: 'state',
            title: t('council.recusalState'),
            render: (recusal) => (
              <Flex vertical gap={4} align="start">
                {stateOf(recusal)}
                {recusal.liftedReason && <Typography.Text>{recusal.liftedReason}</Typography.Text>}
              </Flex>
            ),
          },
          {
            key: 'lift',
            title: t('council.actions'),
            render: (recusal) =>
              recusal.id && recusal.recused ? (
                <Button onClick={() => setLifting(recusal)}>
                  {t('council.liftOf', { member: recusal.memberName, nominee: recusal.nomineeName })}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={lifting !== null}
        title={t('council.liftTitle')}
        okText={t('council.lift')}
        cancelText={t('close')}
        confirmLoading={lift.isPending}
        onOk={() => form.submit()}
        onCancel={() => {
          setLifting(null);
          lift.reset();
        }}
        destroyOnHidden
      >
        {lifting && (
          <Typography.Paragraph>
            {t('council.liftIntro', { member: lifting.memberName, nominee: lifting.nomineeName })}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={({ reason }) => lift.mutate(reason.trim())}>
          <Form.Item
            name="reason"
            label={t('council.liftReason')}
            rules={[{ required: true, whitespace: true, min: 3, message: t('council.liftReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
        <ProblemAlert error={lift.error} />
      </Modal>
    </section>
  );
}

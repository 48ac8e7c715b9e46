import { Alert, App, Button, Form, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrapWithEtag } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { ProblemAlert } from '../../app/ProblemAlert';
import { ConflictPanel } from './ConflictPanel';
import { useDisplay } from './display';
import { FieldControl } from './FieldControl';
import { editableFacts, fromForm, pick, toForm, type FactGroupFields, type Profile } from './model';
import { historyKey, profileKey, type TaggedProfile } from './profile-api';
import { useEditSession } from './use-edit-session';

/** The officer's form for the profile's top-level facts, by fact group, with the ETag conflict flow. */
export function FactsEditor({
  profile,
  groups: factGroups,
  etag,
  onDone,
}: {
  profile: Profile;
  /** The server's fact groups (loaded): the form's sections. */
  groups: readonly FactGroupFields[];
  etag: string;
  onDone: () => void;
}) {
  const { t } = useDisplay();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<unknown>();
  const [reapplied, setReapplied] = useState<'changes' | 'nothing'>();
  const groups = editableFacts(profile, factGroups);
  const fields = groups.flatMap((group) => group.fields);
  const names = fields.map((field) => field.name);
  const id = profile.id!;
  const publish = (saved: TaggedProfile) => {
    queryClient.setQueryData(profileKey(id), saved);
    void queryClient.invalidateQueries({ queryKey: historyKey(id) });
  };
  const session = useEditSession({
    id,
    fields: names,
    initial: { values: pick(profile, fields), etag, updatedAt: profile.updatedAt! },
    send: async (patch, ifMatch) => {
      const saved = await unwrapWithEtag(
        api.PATCH('/intellectuals/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch } },
          body: patch,
        }),
      );
      publish(saved);
    },
    valuesIn: (current) => pick(current, fields),
  });

  const onSave = async () => {
    const values = (await form.validateFields()) as Record<string, unknown>;
    setProblem(undefined);
    try {
      const outcome = await session.save(fromForm(values, fields));
      if (outcome === 'unchanged') void message.info(t('profile.nothingChanged'));
      if (outcome === 'saved') {
        void message.success(t('profile.saved'));
        onDone();
      }
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  };

  const onReapply = () => {
    const current = session.conflict!.current;
    const left = session.conflict?.result?.patch ?? {};
    const draft = session.reapply();
    if (!draft) return;
    publish(current);
    form.setFieldsValue(toForm(draft, fields));
    setReapplied(Object.keys(left).length > 0 ? 'changes' : 'nothing');
  };

  const onDiscard = () => {
    publish(session.conflict!.current);
    session.dismiss();
    onDone();
  };

  return (
    <Form form={form} layout="vertical" name="facts" initialValues={toForm(pick(profile, fields), fields)}>
      <h3>{t('profile.editTitle')}</h3>
      {session.conflict && (
        <ConflictPanel
          conflict={session.conflict}
          labelOf={(field) => t(`fields.${field}`)}
          onReapply={onReapply}
          onDiscard={onDiscard}
        />
      )}
      {reapplied && !session.conflict && (
        <Alert
          type="info"
          showIcon
          title={t(reapplied === 'changes' ? 'conflict.reapplied' : 'conflict.nothingLeft')}
          role="status"
        />
      )}
      <ProblemAlert error={problem} />
      {groups.map(({ group, fields: inGroup }) => (
        <fieldset key={group} className="fact-group">
          <legend>{t(`groups.${group}`)}</legend>
          {inGroup.map((field) => (
            <FieldControl
              key={field.name}
              name={field.name}
              label={t(`fields.${field.name}`)}
              input={field.input}
            />
          ))}
        </fieldset>
      ))}
      <Space wrap>
        <Button type="primary" loading={session.saving} onClick={() => void onSave()}>
          {t('profile.save')}
        </Button>
        <Button onClick={onDone}>{t('profile.cancel')}</Button>
      </Space>
    </Form>
  );
}

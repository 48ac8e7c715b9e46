import { Button, Form, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrapWithEtag } from '../../api/client';
import { useDisplay } from './display';
import { EditSessionNotices } from './EditSessionNotices';
import { FieldControl } from './FieldControl';
import { editableFacts, pick, toForm, type FactGroupFields, type Profile } from './model';
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
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const groups = editableFacts(profile, factGroups);
  const fields = groups.flatMap((group) => group.fields);
  const id = profile.id!;
  const publish = (saved: TaggedProfile) => {
    queryClient.setQueryData(profileKey(id), saved);
    void queryClient.invalidateQueries({ queryKey: historyKey(id) });
  };
  const session = useEditSession({
    id,
    form,
    inputs: fields,
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
    onCurrent: publish,
    savedText: t('profile.saved'),
    unchangedText: t('profile.nothingChanged'),
    onSaved: onDone,
  });

  return (
    <Form form={form} layout="vertical" name="facts" initialValues={toForm(pick(profile, fields), fields)}>
      <h3>{t('profile.editTitle')}</h3>
      <EditSessionNotices session={session} labelOf={(field) => t(`fields.${field}`)} onDiscard={onDone} />
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
        <Button type="primary" loading={session.saving} onClick={() => void session.submit()}>
          {t('profile.save')}
        </Button>
        <Button onClick={onDone}>{t('profile.cancel')}</Button>
      </Space>
    </Form>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, Space } from 'antd';
import { useDisplay } from './display';
import { EditSessionNotices } from './EditSessionNotices';
import { FieldControl } from './FieldControl';
import { pick, PART_FIELDS, toForm, type PartItem, type PartKind, type Profile } from './model';
import { historyKey, profileKey, type PartRoutes } from './profile-api';
import { useEditSession } from './use-edit-session';

/**
 * Adds or changes one part item (an education, a publication…), with If-Match of the profile and
 * the same conflict flow as the facts: a stale save shows the other change and offers to reapply.
 * Officers and the intellectual (on their own profile) use the same form, through their own routes.
 */
export function PartEditor({
  profile,
  etag,
  kind,
  item,
  routes,
  onSaved,
  onClose,
}: {
  profile: Profile;
  etag: string;
  kind: PartKind;
  /** undefined: a new item. */
  item?: PartItem;
  routes: PartRoutes;
  /** After a save (or a conflict): refresh what shows the profile besides this page's queries. */
  onSaved?: () => void;
  onClose: () => void;
}) {
  const { t } = useDisplay();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const fields = PART_FIELDS[kind];
  const id = profile.id!;
  const empty = Object.fromEntries(fields.map(({ name }) => [name, null]));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: profileKey(id) });
    void queryClient.invalidateQueries({ queryKey: historyKey(id) });
    onSaved?.();
  };
  const session = useEditSession({
    id,
    form,
    inputs: fields,
    initial: { values: item ? pick(item, fields) : empty, etag, updatedAt: profile.updatedAt! },
    send: async (patch, ifMatch) => {
      if (item) await routes.update(kind, item.id, patch, ifMatch);
      else await routes.add(kind, patch, ifMatch);
      refresh();
    },
    valuesIn: (current) => {
      if (!item) return empty;
      const found = ((current[kind] ?? []) as PartItem[]).find((candidate) => candidate.id === item.id);
      return found ? pick(found, fields) : null;
    },
    onCurrent: refresh,
    savedText: t('profile.itemSaved'),
    unchangedText: t('profile.nothingChanged'),
    onSaved: onClose,
  });
  const title = t(item ? 'profile.editItemTitle' : 'profile.addItemTitle', { kind: t(`partKinds.${kind}`) });

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form
        form={form}
        layout="vertical"
        name={`part-${kind}`}
        initialValues={toForm(item ? pick(item, fields) : empty, fields)}
      >
        <EditSessionNotices
          session={session}
          kind={kind}
          labelOf={(field) => t(`partFields.${kind}.${field}`)}
          onDiscard={onClose}
        />
        {fields.map((field) => (
          <FieldControl
            key={field.name}
            name={field.name}
            label={t(`partFields.${kind}.${field.name}`)}
            input={field.input}
          />
        ))}
        <Space wrap>
          <Button type="primary" loading={session.saving} onClick={() => void session.submit()}>
            {t('profile.save')}
          </Button>
          <Button onClick={onClose}>{t('profile.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}

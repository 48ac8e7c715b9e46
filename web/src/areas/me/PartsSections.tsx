import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AwardCampaignLink } from '../../features/profile/AwardCampaignLink';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useDisplay } from '../../features/profile/display';
import { PART_FIELDS, PART_KINDS, type PartItem, type PartKind } from '../../features/profile/model';
import { PartEditor } from '../../features/profile/PartEditor';
import { myParts } from '../../features/profile/profile-api';
import { isLocked, type Profile } from './fact-inputs';
import { CARD_TITLE } from './layout';
import { LockedFact, ProvenanceTags } from './MyProfilePage';
import { ME_KEY } from './my-profile';

/** An item's name for screen readers: its first filled-in text fact (title, institution…). */
function itemName(kind: PartKind, item: PartItem): string {
  const text = PART_FIELDS[kind].find(
    ({ name, input }) =>
      (input.kind === 'text' || input.kind === 'textarea') && typeof item[name] === 'string',
  );
  return text ? (item[text.name] as string) : item.id;
}

const items = (profile: Profile, kind: PartKind) =>
  ((profile as Record<string, unknown>)[kind] as PartItem[] | undefined) ?? [];

/**
 * The parts of the person's profile, every kind: they add, change and remove their own items with
 * the officers' part forms (sent to /me); items Sở Nội vụ recorded are locked, with a way to ask
 * for a correction.
 */
export function PartsSections({ profile, etag }: { profile: Profile; etag: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ kind: PartKind; item?: PartItem }>();
  return (
    <>
      {PART_KINDS.map((kind) => (
        <PartSection
          key={kind}
          profile={profile}
          etag={etag}
          kind={kind}
          onAdd={() => setEditing({ kind })}
          onEdit={(item) => setEditing({ kind, item })}
        />
      ))}
      {editing && (
        <PartEditor
          profile={profile}
          etag={etag}
          kind={editing.kind}
          item={editing.item}
          routes={myParts}
          onSaved={() => void queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true })}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

function PartSection({
  profile,
  etag,
  kind,
  onAdd,
  onEdit,
}: {
  profile: Profile;
  etag: string;
  kind: PartKind;
  onAdd: () => void;
  onEdit: (item: PartItem) => void;
}) {
  const { t } = useTranslation(['me', 'common']);
  const { format } = useDisplay();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => myParts.remove(kind, id, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true }),
  });
  const kindName = t(`parts.${kind}`);
  return (
    <Card
      title={
        <Typography.Title level={2} style={CARD_TITLE}>
          {kindName}
        </Typography.Title>
      }
      extra={
        <Button onClick={onAdd} aria-label={t('parts.addNamed', { kind: kindName })}>
          {t('parts.add')}
        </Button>
      }
    >
      <ProblemAlert error={remove.error} />
      <List
        dataSource={items(profile, kind)}
        locale={{ emptyText: t('parts.none') }}
        renderItem={(item) => {
          const name = itemName(kind, item);
          return (
            <List.Item>
              <Flex vertical gap="small" style={{ width: '100%' }}>
                <Flex wrap gap="small" align="baseline">
                  {PART_FIELDS[kind]
                    .filter(
                      ({ name: field }) =>
                        item[field] !== null && item[field] !== undefined && item[field] !== '',
                    )
                    .map(({ name: field }, index) => (
                      <span key={field}>
                        {index > 0 && ' · '}
                        {format(field, item[field], kind)}
                      </span>
                    ))}
                </Flex>
                {kind === 'awards' && <AwardCampaignLink item={item} />}
                <Flex wrap gap="small" justify="space-between" align="center">
                  <ProvenanceTags
                    provenance={
                      item.source && item.verification
                        ? { source: item.source, verification: item.verification }
                        : undefined
                    }
                  />
                  {isLocked(profile, `${kind}.${item.id}`) ? (
                    <LockedFact target={{ part: kind, id: item.id }} fact={name} canRequest />
                  ) : (
                    <Space wrap>
                      <Button
                        size="small"
                        onClick={() => onEdit(item)}
                        aria-label={t('parts.editNamed', { item: name })}
                      >
                        {t('parts.edit')}
                      </Button>
                      <Popconfirm
                        title={t('parts.removeConfirm')}
                        okText={t('common:actions.confirm')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => remove.mutate(item.id)}
                      >
                        <Button
                          size="small"
                          danger
                          aria-label={t('parts.removeNamed', { item: name })}
                          loading={remove.isPending && remove.variables === item.id}
                        >
                          {t('parts.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
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

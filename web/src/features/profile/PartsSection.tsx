import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../app/ProblemAlert';
import { useDisplay } from './display';
import { PART_FIELDS, PART_KINDS, type PartItem, type PartKind, type Profile } from './model';
import { AwardCampaignLink } from './AwardCampaignLink';
import { PartEditor } from './PartEditor';
import { historyKey, profileKey, profileParts } from './profile-api';
import { Provenance } from './Provenance';

// campaignId: an award's honor campaign, bookkeeping its publication wrote (not a fact to show or edit)
const META = new Set(['id', 'source', 'verification', 'campaignId']);

/** The parts of the profile (educations, employments, publications…), each item with its provenance. */
export function PartsSection({
  profile,
  etag,
  actors,
  canEdit,
  onVerifyItem,
  verifying,
}: {
  profile: Profile;
  etag: string;
  actors: ReadonlyMap<string, string>;
  canEdit: boolean;
  onVerifyItem: (kind: PartKind, id: string) => void;
  verifying: boolean;
}) {
  const { t, format } = useDisplay();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ kind: PartKind; item?: PartItem }>();
  const [problem, setProblem] = useState<unknown>();
  const id = profile.id!;
  const routes = profileParts(id);

  const remove = async (kind: PartKind, item: PartItem) => {
    setProblem(undefined);
    try {
      await routes.remove(kind, item.id, etag);
      void message.success(t('profile.itemDeleted'));
    } catch (error) {
      // a stale delete (412) is shown like any refusal; the refreshed page shows the current items
      setProblem(error);
    } finally {
      void queryClient.invalidateQueries({ queryKey: profileKey(id) });
      void queryClient.invalidateQueries({ queryKey: historyKey(id) });
    }
  };

  return (
    <section aria-labelledby="parts-heading">
      <h2 id="parts-heading">{t('profile.parts')}</h2>
      <ProblemAlert error={problem} />
      <Flex vertical gap={16}>
        {PART_KINDS.filter((kind) => Array.isArray(profile[kind])).map((kind) => {
          const items = profile[kind] as PartItem[];
          const labels = PART_FIELDS[kind];
          return (
            <section key={kind} aria-labelledby={`part-${kind}-heading`}>
              <Card
                size="small"
                title={
                  <h3 id={`part-${kind}-heading`} style={{ margin: 0, fontSize: 16 }}>
                    {t(`partKinds.${kind}`)}
                  </h3>
                }
                extra={
                  canEdit && (
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind })}
                      aria-label={t('profile.addItemTitle', { kind: t(`partKinds.${kind}`) })}
                    >
                      {t('profile.addItem')}
                    </Button>
                  )
                }
              >
                {items.length === 0 ? (
                  <Typography.Text type="secondary">{t('profile.noItems')}</Typography.Text>
                ) : (
                  <Flex vertical gap={12}>
                    {items.map((item) => {
                      const keys = [
                        ...labels.map((field) => field.name),
                        ...Object.keys(item).filter(
                          (key) => !META.has(key) && !labels.some((field) => field.name === key),
                        ),
                      ].filter((key) => item[key] !== undefined);
                      return (
                        <Card key={item.id} size="small" type="inner">
                          <Descriptions
                            size="small"
                            column={{ xs: 1, sm: 1, md: 2 }}
                            items={keys.map((key) => ({
                              key,
                              label: t(`partFields.${kind}.${key}`, { defaultValue: key }),
                              children: format(key, item[key], kind),
                            }))}
                          />
                          {kind === 'awards' && <AwardCampaignLink item={item} />}
                          <Flex justify="space-between" align="center" wrap gap={8}>
                            <Provenance provenance={item} actors={actors} />
                            {canEdit && (
                              <Space wrap role="group" aria-label={t('profile.itemActions')}>
                                {item.verification?.status === 'unverified' && (
                                  <Button
                                    size="small"
                                    loading={verifying}
                                    onClick={() => onVerifyItem(kind, item.id)}
                                  >
                                    {t('profile.verifyItem')}
                                  </Button>
                                )}
                                <Button size="small" onClick={() => setEditing({ kind, item })}>
                                  {t('profile.editItem')}
                                </Button>
                                <Popconfirm
                                  title={t('profile.deleteItemTitle')}
                                  okText={t('profile.deleteItem')}
                                  cancelText={t('profile.cancel')}
                                  onConfirm={() => void remove(kind, item)}
                                >
                                  <Button size="small" danger>
                                    {t('profile.deleteItem')}
                                  </Button>
                                </Popconfirm>
                              </Space>
                            )}
                          </Flex>
                        </Card>
                      );
                    })}
                  </Flex>
                )}
              </Card>
            </section>
          );
        })}
      </Flex>
      {editing && (
        <PartEditor
          profile={profile}
          etag={etag}
          kind={editing.kind}
          item={editing.item}
          routes={routes}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}

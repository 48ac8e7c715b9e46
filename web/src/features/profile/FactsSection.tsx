import { Button, Card, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { useDisplay } from './display';
import { FactsEditor } from './FactsEditor';
import { useFactGroups } from './fact-groups';
import { DERIVED_FACTS, type FactGroup, type Profile } from './model';
import { Provenance } from './Provenance';

/** Every top-level fact the caller may see, by fact group, each group with its provenance. */
export function FactsSection({
  profile,
  etag,
  actors,
  canEdit,
  onVerify,
  verifying,
}: {
  profile: Profile;
  etag: string;
  actors: ReadonlyMap<string, string>;
  canEdit: boolean;
  onVerify: (group: FactGroup) => void;
  verifying: boolean;
}) {
  const { t, format } = useDisplay();
  const [editing, setEditing] = useState(false);
  const groups = useFactGroups();
  const provenance = profile.provenance ?? {};
  return (
    <section aria-labelledby="facts-heading">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h2 id="facts-heading">{t('profile.facts')}</h2>
        {canEdit && !editing && groups.length > 0 && (
          <Button onClick={() => setEditing(true)}>{t('profile.edit')}</Button>
        )}
      </Flex>
      {editing ? (
        <Card>
          <FactsEditor profile={profile} groups={groups} etag={etag} onDone={() => setEditing(false)} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {groups.map(({ group, fields }) => {
            const names = fields.flatMap((name) => [
              name,
              ...(DERIVED_FACTS[name] ? [DERIVED_FACTS[name]] : []),
            ]);
            const shown = names.filter((name) => name in profile);
            if (shown.length === 0) return null;
            const groupProvenance = provenance[group];
            return (
              <Card
                key={group}
                size="small"
                title={<h3 style={{ margin: 0, fontSize: 16 }}>{t(`groups.${group}`)}</h3>}
                extra={
                  canEdit &&
                  groupProvenance?.verification.status === 'unverified' && (
                    <Button size="small" loading={verifying} onClick={() => onVerify(group)}>
                      {t('profile.verifyGroup')}
                    </Button>
                  )
                }
              >
                <Provenance provenance={groupProvenance} actors={actors} />
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 1, md: 2 }}
                  items={shown.map((name) => ({
                    key: name,
                    label: t(`fields.${name}`),
                    children: format(name, profile[name]),
                  }))}
                />
              </Card>
            );
          })}
        </Flex>
      )}
    </section>
  );
}

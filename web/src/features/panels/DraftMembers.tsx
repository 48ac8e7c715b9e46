import { Button, Empty, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../app/Panel';
import { LIST_STYLE, useBilingual } from './bilingual';
import { ConflictFlags } from './ConflictFlags';
import { needsOverride, violationsOf, type DraftMember } from './draft';
import { PANEL_ROLES, type PanelRole, type Violation } from './panels-api';

/**
 * The draft's members, one card each: role, the conflicts found, the override reason a blocked
 * member needs, what the rules say about this member, and removal.
 */
export function DraftMembers({
  members,
  violations,
  onRole,
  onReason,
  onRemove,
}: {
  members: readonly DraftMember[];
  violations: readonly Violation[];
  onRole: (intellectualId: string, role: PanelRole) => void;
  onReason: (intellectualId: string, reason: string) => void;
  onRemove: (intellectualId: string) => void;
}) {
  const { t } = useTranslation('panels');
  const pick = useBilingual();
  if (members.length === 0) return <Empty description={t('builder.empty')} />;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
      {members.map((member) => {
        const reasonId = `override-${member.intellectualId}`;
        const concerns = violationsOf(violations, member.intellectualId);
        return (
          <li key={member.intellectualId}>
            <Panel size="small">
              <Flex vertical gap={8}>
                <Flex justify="space-between" align="start" gap="small" wrap>
                  <div>
                    <Link to={`/people/${member.intellectualId}`}>{member.fullName}</Link>
                    {member.organizationName && <div>{member.organizationName}</div>}
                  </div>
                  <Button onClick={() => onRemove(member.intellectualId)}>
                    {t('builder.remove')}
                    <span className="tkh-visually-hidden">{` ${member.fullName}`}</span>
                  </Button>
                </Flex>
                <Select<PanelRole>
                  aria-label={t('builder.roleOf', { name: member.fullName })}
                  value={member.role}
                  style={{ maxWidth: 280 }}
                  onChange={(role) => onRole(member.intellectualId, role)}
                  options={PANEL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                />
                <ConflictFlags flags={member.conflicts} />
                {needsOverride(member) && (
                  <div>
                    <label htmlFor={reasonId}>
                      <Typography.Text strong>
                        {t('builder.overrideReason', { name: member.fullName })}
                      </Typography.Text>
                    </label>
                    <Input.TextArea
                      id={reasonId}
                      rows={2}
                      maxLength={2000}
                      value={member.overrideReason}
                      onChange={(event) => onReason(member.intellectualId, event.target.value)}
                    />
                  </div>
                )}
                {concerns.length > 0 && (
                  <ul style={LIST_STYLE} aria-label={t('builder.concerns', { name: member.fullName })}>
                    {concerns.map((violation) => (
                      <li key={violation.code}>
                        <Typography.Text type={violation.level === 'error' ? 'danger' : 'warning'}>
                          {pick(violation.messageVi, violation.message)}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Flex>
            </Panel>
          </li>
        );
      })}
    </ol>
  );
}

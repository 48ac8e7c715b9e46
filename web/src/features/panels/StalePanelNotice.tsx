import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIST_STYLE } from './bilingual';
import { draftOf } from './draft';
import type { Panel } from './panels-api';

/**
 * "Someone else changed this panel" after a 412: the members it has now, and the way on (as the
 * profile editors offer it): reload it and drop the draft, or keep the draft over it.
 */
export function StalePanelNotice({
  current,
  onReload,
  onKeepMine,
}: {
  current: Panel;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation('panels');
  const members = draftOf(current.members);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('stale.title')}
      description={
        <Flex vertical gap="small">
          <span>{t('stale.intro')}</span>
          {members.length > 0 && (
            <ul style={LIST_STYLE} aria-label={t('stale.theirs')}>
              {members.map((member) => (
                <li key={member.intellectualId}>
                  {member.fullName}: {t(`roles.${member.role}`)}
                </li>
              ))}
            </ul>
          )}
          <Flex wrap gap="small">
            <Button type="primary" onClick={onReload}>
              {t('stale.reload')}
            </Button>
            <Button onClick={onKeepMine}>{t('stale.keepMine')}</Button>
          </Flex>
        </Flex>
      }
    />
  );
}

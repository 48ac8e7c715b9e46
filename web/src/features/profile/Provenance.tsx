import { Space, Tag } from 'antd';
import { formatDateTime } from '../../i18n/format';
import { useDisplay } from './display';
import type { HistoryEvent, ProvenanceView } from './model';
import { TAG_COLORS } from './tag-colors';

// Tags do not wrap by default: a long email would widen a phone screen.
const WRAP = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/** Account id → who, from the history's actors (verifiedBy is an account id). */
export function actorsOf(events: readonly HistoryEvent[]): Map<string, string> {
  const actors = new Map<string, string>();
  for (const event of events) {
    if (event.actor?.accountId && event.actor.email) actors.set(event.actor.accountId, event.actor.email);
  }
  return actors;
}

/** Where a fact or item came from, and whether, by whom and when an officer verified it. */
export function Provenance({
  provenance,
  actors,
}: {
  provenance: Partial<ProvenanceView> | undefined;
  actors: ReadonlyMap<string, string>;
}) {
  const { t } = useDisplay();
  if (!provenance?.source) return null;
  const verification = provenance.verification;
  const verified = verification?.status === 'verified';
  return (
    <Space size={[8, 4]} wrap>
      <Tag style={WRAP}>{t('profile.provenance', { source: t(`sources.${provenance.source}`) })}</Tag>
      {verified ? (
        <Tag color={TAG_COLORS.verified} style={WRAP}>
          {t('profile.verifiedBy', {
            who: (verification.verifiedBy && actors.get(verification.verifiedBy)) ?? t('profile.someOfficer'),
            date: formatDateTime(verification.verifiedAt),
          })}
        </Tag>
      ) : (
        <Tag color={TAG_COLORS.unverified}>{t('profile.unverified')}</Tag>
      )}
    </Space>
  );
}

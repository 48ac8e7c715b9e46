import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The campaign id an award carries when a campaign's publication wrote it; null for one entered by hand. */
export function awardCampaignOf(item: Record<string, unknown>): string | null {
  return typeof item.campaignId === 'string' && item.campaignId !== '' ? item.campaignId : null;
}

/**
 * An award a campaign's publication wrote links to that campaign's public honorees. The link's
 * accessible name says which award, since a profile may list several.
 */
export function AwardCampaignLink({ item }: { item: Record<string, unknown> }) {
  const { t } = useTranslation('honorees');
  const campaignId = awardCampaignOf(item);
  if (!campaignId) return null;
  const name = typeof item.name === 'string' ? item.name : '';
  return (
    <Link to={`/honorees/${campaignId}`} aria-label={name ? t('award.linkNamed', { name }) : undefined}>
      {t('award.link')}
    </Link>
  );
}

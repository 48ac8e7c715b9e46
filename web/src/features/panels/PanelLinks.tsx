import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/ButtonLink';
import type { ReviewRequest } from '../requests/requests-api';

/** The states in which the panel forms (the API refuses matching and member changes in others). */
const FORMING: ReadonlySet<ReviewRequest['state']> = new Set(['accepted', 'panel_forming']);

/** From a request the staff read to its candidates and its panel, while the panel forms. */
export function PanelLinks({ request }: { request: ReviewRequest }) {
  const { t } = useTranslation('panels');
  if (!FORMING.has(request.state)) return null;
  return (
    <>
      <ButtonLink to={`/review-requests/${request.id}/candidates`}>{t('candidates.open')}</ButtonLink>
      <ButtonLink type="primary" to={`/review-requests/${request.id}/panel`}>
        {t('builder.open')}
      </ButtonLink>
    </>
  );
}

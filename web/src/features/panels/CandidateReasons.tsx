import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIST_STYLE, useBilingual } from './bilingual';
import type { Candidate } from './panels-api';

/**
 * Why the candidate ranks here, in words a staff member can check against the profile: the
 * server's reasons, then each matched key phrase with where it was found and the texts holding it.
 */
export function CandidateReasons({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('panels');
  const pick = useBilingual();
  return (
    <div>
      <ul style={LIST_STYLE}>
        {candidate.reasons.map((reason) => (
          <li key={reason.code + reason.message}>{pick(reason.messageVi, reason.message)}</li>
        ))}
      </ul>
      {candidate.matchedPhrases.length > 0 && (
        <ul aria-label={t('candidates.matchedTerms')}>
          {candidate.matchedPhrases.map((phrase) => (
            <li key={phrase.phrase}>
              <Typography.Text strong>“{phrase.phrase}”</Typography.Text>{' '}
              {phrase.places
                .map((place) =>
                  place.texts.length
                    ? t('candidates.placeWithTexts', {
                        place: t(`places.${place.place}`),
                        texts: place.texts.join('; '),
                      })
                    : t(`places.${place.place}`),
                )
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

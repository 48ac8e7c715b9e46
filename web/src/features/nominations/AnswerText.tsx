import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { answerOf, type Nomination } from './nomination-form';

/** What the nominee answered: nothing yet, accepted or declined (with the reason). */
export function AnswerText({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation('nominations');
  const answer = answerOf(nomination);
  switch (answer.kind) {
    case 'none':
      return null;
    case 'waiting':
      return <>{t('answer.waiting')}</>;
    case 'accepted':
      return <>{t('answer.accepted', { when: formatDateTime(answer.at) })}</>;
    case 'declined':
      return (
        <>
          {answer.reason
            ? t('answer.declinedReason', { when: formatDateTime(answer.at), reason: answer.reason })
            : t('answer.declined', { when: formatDateTime(answer.at) })}
        </>
      );
  }
}

import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { LinkAnswerPage, type LinkAnswer } from '../../app/LinkAnswerPage';
import { formatDate } from '../../i18n/format';

type Rsvp = Schemas['MeetingRsvpView'];

/**
 * /meeting-rsvp/accept and /meeting-rsvp/decline, the pages the meeting invitation's links open,
 * without signing in: the meeting, then yes or no with an optional note (the link's page chooses
 * the default). A used, expired or wrong link is a page of its own saying so.
 */
export default function MeetingRsvpPage({ answer: linked }: { answer: LinkAnswer }) {
  const { t } = useTranslation('meetings');
  return (
    <LinkAnswerPage
      linked={linked}
      queryName="meeting-rsvp"
      peek={(token) => unwrap(api.POST('/meeting-rsvp/peek', { body: { token } }))}
      answer={(token, answer, note) =>
        unwrap(api.POST('/meeting-rsvp/answer', { body: { answer, ...(note ? { note } : {}), token } }))
      }
      recorded={(done) => ({
        answer: done.answer === 'accepted' ? 'accepted' : 'declined',
        answeredAt: done.answeredAt,
      })}
      describe={(rsvp) => <Summary rsvp={rsvp} />}
      linkExpiresAt={(rsvp) => rsvp.linkExpiresAt}
      comment={{ name: 'note', label: t('rsvp.note'), maxLength: 1000, declineOnly: false }}
      texts={{
        title: t('rsvp.title'),
        loading: t('rsvp.loading'),
        greeting: (name) => t('rsvp.greeting', { name }),
        linkExpires: t('rsvp.linkExpires'),
        answerLegend: t('rsvp.answerLegend'),
        accept: t('rsvp.accept'),
        decline: t('rsvp.decline'),
        submit: t('rsvp.submit'),
        doneAccepted: t('rsvp.doneAccepted'),
        doneDeclined: t('rsvp.doneDeclined'),
        doneDetail: (when) => t('rsvp.doneDetail', { when }),
        toHome: t('rsvp.toHome'),
        refusal: (kind) => ({ title: t(`link.${kind}`), detail: t(`link.${kind}Detail`) }),
      }}
    />
  );
}

function Summary({ rsvp }: { rsvp: Rsvp }) {
  const { t } = useTranslation('meetings');
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      items={[
        { key: 'meeting', label: t('rsvp.meeting'), children: rsvp.meetingTitle },
        { key: 'organizer', label: t('rsvp.organizer'), children: rsvp.organizer },
        ...(rsvp.meetingDate
          ? [{ key: 'date', label: t('rsvp.date'), children: formatDate(rsvp.meetingDate) }]
          : []),
        ...(rsvp.place ? [{ key: 'place', label: t('rsvp.place'), children: rsvp.place }] : []),
        ...(rsvp.answer
          ? [{ key: 'current', label: t('rsvp.current'), children: t(`status.${rsvp.answer}`) }]
          : []),
      ]}
    />
  );
}

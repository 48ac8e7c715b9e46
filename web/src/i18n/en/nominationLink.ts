import type { Messages } from '../types';
import type vi from '../vi/nominationLink';

export default {
  title: 'Answer the nomination',
  loading: 'Opening the nomination…',
  greeting: 'Dear {{name}},',
  intro:
    'You have been nominated in the campaign below. The nomination is considered only once you accept it.',
  campaign: 'Campaign',
  nominator: 'Nominated by',
  byAssociation: 'The Khánh Hòa Union of Science and Technology Associations',
  work: 'Work',
  closes: 'Nominations close at the end of',
  current: 'Current state',
  linkExpires: 'This link works until',
  answerLegend: 'Do you accept the nomination?',
  accept: 'I accept the nomination',
  decline: 'I decline',
  reason: 'Why you decline (optional; the nominator and the organizers read it)',
  submit: 'Send my answer',
  doneAccepted: 'Thank you for accepting. The nomination goes on to the review.',
  doneDeclined: 'We have noted that you decline the nomination. Thank you for answering.',
  doneDetail:
    'Your answer was recorded at {{when}}. To change your mind, contact the nominator or the organizers, or sign in and answer on your own page.',
  toHome: 'Go to the home page',
  state: {
    draft: 'Draft',
    submitted: 'Waiting for your answer',
    accepted: 'You accepted',
    declined: 'You declined',
    withdrawn: 'The nominator withdrew it',
    expired: 'The time to answer is over',
  },
  link: {
    missing: 'The link is missing its code',
    missingDetail: 'Please open the link from the mail again (the full link ends with #token=…).',
    invalid: 'This link is not valid',
    invalidDetail: 'This link leads to no nomination. Please check the mail.',
    used: 'This link was already used',
    usedDetail: 'Each link works once. To change your answer, contact the nominator or the organizers.',
    expired: 'This link has expired',
    expiredDetail: 'The links work until nominations close.',
  },
} satisfies Messages<typeof vi>;

import type { Messages } from '../types';
import type vi from '../vi/honorees';

export default {
  list: {
    title: 'Honors results',
    intro:
      'The honor campaigns whose results have been published. Only people who agreed to a public profile are named.',
    loading: 'Loading the published campaigns…',
    empty: 'No honor campaign has been published yet.',
    honorees: 'Honorees: {{count}}',
    levelCount: '{{level}}: {{count}}',
    open: 'See the honorees',
  },
  campaign: {
    year: 'Year {{year}}',
    organizer: 'Organized by {{name}}',
    decision: 'Decision no. {{number}} of {{date}}',
    levelsHeading: 'Honorees',
    noneNamed: 'No honorees at this level.',
    others: 'and other honorees, not named: {{count}}',
    othersOnly: 'Honorees, not named: {{count}}',
    othersNote:
      'People who have not agreed to a public profile are counted, never named, under the Law on Personal Data Protection.',
    loading: 'Loading the honorees…',
    backToList: 'All published campaigns',
    notFoundTitle: 'Campaign not found',
    notFoundDetail: 'This campaign does not exist or its results are not published.',
  },
  award: {
    link: 'The campaign’s honorees',
    linkNamed: 'The honorees of the campaign that gave {{name}}',
  },
} satisfies Messages<typeof vi>;

import type { Messages } from '../types';
import type vi from '../vi/association';

export default {
  title: 'Find experts',
  intro:
    'Search every active intellectual to invite for consulting, critique and social review, or to nominate for honours. Typing without diacritics or with a typo still finds them; every filter is in the address, to bookmark or send to a colleague.',
  searchLabel: 'Search by name, expertise, field, publication, organization',
  exportLabel: 'Export the results:',
  export: {
    xlsx: 'Download Excel',
    csv: 'Download CSV',
  },
} satisfies Messages<typeof vi>;

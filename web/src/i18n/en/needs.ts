import type { Messages } from '../types';
import type vi from '../vi/needs';

export default {
  board: {
    title: 'Needs matching my fields',
    intro:
      'Task orders the association has accepted in your fields. Express interest so that staff consider inviting you to the expert group; you can withdraw at any time.',
    notProposable:
      'Your profile is not proposed for panels at present, so the needs board shows no task orders.',
    empty: 'No task orders in your fields at present',
    agency: 'Ordering agency',
    deadline: 'Deadline',
    fields: 'Fields',
    summary: 'The need',
    interested: 'You expressed interest',
    interestedAt: 'You expressed interest on {{when}}',
    note: 'Note to the association (optional)',
    noteHelp: 'At most 500 characters, for example your related experience.',
    express: 'Express interest',
    updateNote: 'Update note',
    withdraw: 'Withdraw interest',
    withdrawConfirm: 'Withdraw your interest in this task order?',
    confirm: 'Yes',
    cancel: 'Cancel',
    saved: 'Your interest is recorded',
  },
  staff: {
    title: 'Interest',
    intro:
      'Experts in the order’s fields express interest themselves; shortlist from the interested and the matched, then seat them on the panel in the panel builder.',
    counts: '{{interested}} experts interested, {{shortlisted}} shortlisted',
    none: 'No expert has expressed interest yet',
    interested: 'Interested',
    shortlisted: 'Shortlisted',
    match: 'Rank {{rank}} among the matched, score {{score}}',
    noMatch: 'Not among the matched candidates',
    conflict: 'Conflict of interest: {{rules}}',
    block: 'blocking',
    warn: 'warning',
    note: 'Note: {{note}}',
    shortlist: 'Shortlist',
    unshortlist: 'Remove from shortlist',
    topMatched: 'Best matched experts (not interested yet)',
    topMatchedNone: 'No other matched experts',
  },
  agency: {
    count: 'Experts interested: {{interested}}; shortlisted by the association: {{shortlisted}}',
  },
} satisfies Messages<typeof vi>;

import type { Messages } from '../types';
import type vi from '../vi/report';

export default {
  title: 'Consolidated report',
  intro:
    'The panel’s secretary or staff compile the report once the panel is locked: the conclusion, the recommendations, then generate the files and send them to the agency.',
  conclusion: 'Conclusion',
  recommendations: 'Recommendations',
  recommendation: 'Recommendation {{number}}',
  recommendationRequired: 'Enter the recommendation, or remove the empty one',
  addRecommendation: 'Add a recommendation',
  removeRecommendation: 'Remove recommendation {{number}}',
  save: 'Save the draft',
  generate: 'Generate PDF and Word',
  send: 'Send to the agency',
  sendConfirm: 'Send the report to the agency? Once sent it can no longer be changed.',
  confirm: 'Send',
  cancel: 'Cancel',
  saved: 'Draft saved',
  unchanged: 'The draft has no changes to save.',
  notGenerated: 'The report files have not been generated yet.',
  stale: 'The draft changed since the files were generated: generate them again before sending.',
  downloadPdf: 'Download the report (PDF)',
  downloadDocx: 'Download the report (Word)',
  sentAt: 'Sent to the agency at {{when}}',
  notSent: 'The report has not been sent yet.',
  unsaved: {
    title: 'The draft has unsaved changes',
    body: 'The PDF and Word files are made from the saved draft. You changed the conclusion or the recommendations without saving: save first for the files to include those changes. Generating from the saved version drops your unsaved changes.',
    keepEditing: 'Back to editing',
    discardAndGenerate: 'Drop my unsaved changes and generate',
    saveAndGenerate: 'Save, then generate',
    sendBody:
      'You have unsaved changes in the conclusion or the recommendations. The agency receives the saved report and the files made from it, so sending now would not send those changes. Save, make the files again and send, for the agency to receive what you see.',
    saveGenerateAndSend: 'Save, make the files again and send',
  },
  conflict: {
    title: 'Someone else saved this report draft',
    intro:
      'While you were writing, someone else (the panel’s secretary or association staff) saved the draft. Your changes are not saved yet and are still in the form.',
    noVisibleChanges: 'They changed neither the conclusion nor any recommendation.',
    reapply: 'Reapply my changes on the new version',
    discard: 'Discard mine and load theirs',
    none: '(empty)',
    longText: '“{{start}}…” ({{count}} characters)',
  },
  answer: {
    title: 'The agency’s answer',
    intro:
      'For each recommendation, say whether the agency accepts it, partly accepts it or does not; give the reason unless fully accepted.',
    decision: 'Decision on recommendation {{number}}',
    reason: 'Reason (recommendation {{number}})',
    reasonRequired: 'Give the reason when not fully accepted',
    decisionRequired: 'Choose a decision',
    submit: 'Send the answer',
    accepted: 'Accepted',
    partly_accepted: 'Partly accepted',
    not_accepted: 'Not accepted',
    given: '{{decision}} ({{when}})',
    none: 'The agency has not answered this recommendation yet.',
  },
} satisfies Messages<typeof vi>;

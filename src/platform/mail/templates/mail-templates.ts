import { honorAwarded } from './honor-awarded';
import { MailLocale, MailTemplate } from './mail-template';
import { meetingInvitation } from './meeting-invitation';
import { needPosted } from './need-posted';
import { nominationRequest } from './nomination-request';
import { opinionLink } from './opinion-link';
import { panelInvitation } from './panel-invitation';
import { panelReminder } from './panel-reminder';
import { reportSent } from './report-sent';
import { scoringLink } from './scoring-link';

/** Every message the system sends, by name (the name is stored in mail_outbox.template). */
export const MAIL_TEMPLATES = {
  'honor-awarded': honorAwarded,
  'meeting-invitation': meetingInvitation,
  'need-posted': needPosted,
  'nomination-request': nominationRequest,
  'opinion-link': opinionLink,
  'panel-invitation': panelInvitation,
  'panel-reminder': panelReminder,
  'report-sent': reportSent,
  'scoring-link': scoringLink,
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;

export type MailTemplateData<T extends MailTemplateName> =
  (typeof MAIL_TEMPLATES)[T] extends MailTemplate<infer Data> ? Data : never;

/** What a caller enqueues: the data's type follows from the template's name. */
export type MailMessage = {
  [T in MailTemplateName]: { to: string; locale: MailLocale; template: T; data: MailTemplateData<T> };
}[MailTemplateName];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

export const MAIL_LOCALES = ['vi', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/**
 * A message's texts in each locale, as Handlebars sources: `subject` is plain text, `body` the HTML
 * inside the common layout (the plain-text part is derived from it). `Data` is what the caller passes.
 */
export interface MailTemplate<Data> {
  subject: Record<MailLocale, string>;
  body: Record<MailLocale, string>;
  /** Never set: carries the data type for MailMessage. */
  readonly data?: Data;
}

export function defineTemplate<Data>(texts: Omit<MailTemplate<Data>, 'data'>): MailTemplate<Data> {
  return texts;
}

import Handlebars from 'handlebars';
import { convert } from 'html-to-text';
import { MailLocale } from './mail-template';
import { MAIL_TEMPLATES, MailMessage, MailTemplateName } from './mail-templates';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const DATE_FORMATS: Record<MailLocale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

const FOOTER: Record<MailLocale, string> = {
  vi: 'Thư này được gửi tự động từ hệ thống Trí thức Khánh Hòa. Vui lòng không trả lời thư này.',
  en: 'This message was sent automatically by the Trí thức Khánh Hòa system. Please do not reply to it.',
};

/** One Handlebars environment of our own: its helpers do not leak into, or come from, anyone else's. */
const handlebars = Handlebars.create();
handlebars.registerHelper(
  'date',
  function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (!match) throw new Error(`Not a YYYY-MM-DD date: ${String(value)}`);
    const locale = (options.data as { locale: MailLocale }).locale;
    return DATE_FORMATS[locale].format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])));
  },
);
// Links in mail are the app's own; anything but http(s) (javascript:, data:) is a bug, not a link.
handlebars.registerHelper('link', (value: unknown) => {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s]+$/i.test(value))
    throw new Error(`Not a web link: ${String(value)}`);
  return value;
});
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);

type Compiled = Handlebars.TemplateDelegate;
const compiled = new Map<string, Compiled>();

/** Strict: a field the caller left out fails the render instead of leaving a blank in someone's mail. */
function compile(key: string, source: string, escape: boolean): Compiled {
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(source, { strict: true, noEscape: !escape });
    compiled.set(key, template);
  }
  return template;
}

const LAYOUT = (locale: MailLocale, subject: string, body: string) => `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${Handlebars.escapeExpression(subject)}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f1f1f;">
<div style="max-width: 600px; margin: 0 auto;">
<p style="font-weight: bold; color: #0b5394;">Trí thức Khánh Hòa</p>
${body}
<hr style="border: none; border-top: 1px solid #ddd;">
<p style="font-size: 12px; color: #666;">${FOOTER[locale]}</p>
</div>
</body>
</html>`;

/**
 * The subject, HTML and plain-text parts of a message. User data (names, titles) is HTML-escaped in
 * the body; the subject is plain text on one line (nodemailer encodes it for the header).
 */
export function renderMail(message: Pick<MailMessage, 'template' | 'locale' | 'data'>): RenderedMail {
  const name: MailTemplateName = message.template;
  const { locale } = message;
  const definition = MAIL_TEMPLATES[name];
  const options = { data: { locale } };
  const subject = compile(
    `${name}:${locale}:subject`,
    definition.subject[locale],
    false,
  )(message.data, options)
    .replace(/\s+/g, ' ')
    .trim();
  const body = compile(`${name}:${locale}:body`, definition.body[locale], true)(message.data, options);
  const html = LAYOUT(locale, subject, body);
  const text = convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'hr', format: 'skip' },
    ],
  });
  return { subject, html, text };
}

export { MailModule } from './mail.module';
export { isDeliverableAddress, MailOutbox } from './mail-outbox';
export { MailOutboxMessage } from './mail-outbox-message.entity';
export type { MailLocale } from './templates/mail-template';
export type { MailMessage, MailTemplateName, MailTemplateData } from './templates/mail-templates';

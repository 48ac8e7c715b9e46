export { InvitationsModule } from './invitations.module';
export { InvitationReminders } from './invitation-reminders.service';
export { NO_CONFLICT_DECLARATION } from './invitation-terms';
export { linkLifetimeSeconds, mailLocaleOf } from './invitation-terms';
export { mailAddressOf } from './invitation-mail';
export type { Invitee } from './invitation-mail';

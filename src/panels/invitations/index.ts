export { InvitationsModule } from './invitations.module';
export { InvitationReminders } from './invitation-reminders.service';
export { NO_CONFLICT_DECLARATION } from './invitation-terms';

export { InvitationsModule } from './invitations.module';
export { PanelReminders } from './panel-reminders.service';
export { NO_CONFLICT_DECLARATION } from './invitation-terms';

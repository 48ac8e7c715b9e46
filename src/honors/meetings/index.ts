export { MeetingsModule } from './meetings.module';
export { MeetingInvitee } from './meeting-invitee.entity';

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionTokensModule } from '../../common/action-tokens';
import { MailModule } from '../../platform/mail';
import { MeetingInvitationsService } from './meeting-invitations.service';
import { MeetingInvitee } from './meeting-invitee.entity';
import { MeetingListService } from './meeting-list.service';
import { MeetingRsvpService } from './meeting-rsvp.service';
import { MeetingListController, MeetingRsvpController } from './meetings.controller';

/** The yearly meeting's invitation list: built from search, mailed with RSVP links, answers kept. */
@Module({
  imports: [TypeOrmModule.forFeature([MeetingInvitee]), MailModule, ActionTokensModule],
  controllers: [MeetingListController, MeetingRsvpController],
  providers: [MeetingListService, MeetingInvitationsService, MeetingRsvpService],
})
export class MeetingsModule {}

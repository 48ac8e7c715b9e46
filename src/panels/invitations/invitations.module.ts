import { Module } from '@nestjs/common';
import { ActionTokensModule } from '../../common/action-tokens';
import { MailModule } from '../../platform/mail';
import { PanelModule } from '../panel';
import { ReviewRequestsModule } from '../requests';
import { ExpertInvitations } from './expert-invitations';
import { InvitationAnswers } from './invitation-answers.service';
import { InvitationMail } from './invitation-mail';
import { InvitationSender } from './invitation-sender.service';
import { InvitationStatusService } from './invitation-status.service';
import {
  InvitationLinksController,
  MyInvitationsController,
  PanelInvitationsController,
} from './invitations.controller';
import { InvitationReminders } from './invitation-reminders.service';

/** Invitations to panels: sending them by mail, the experts' answers (links or signed in), reminders. */
@Module({
  imports: [PanelModule, ReviewRequestsModule, MailModule, ActionTokensModule],
  controllers: [PanelInvitationsController, InvitationLinksController, MyInvitationsController],
  providers: [
    InvitationMail,
    InvitationStatusService,
    InvitationSender,
    ExpertInvitations,
    InvitationAnswers,
    InvitationReminders,
  ],
})
export class InvitationsModule {}

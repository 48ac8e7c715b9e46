import { defineTemplate } from './mail-template';

/** A person is invited to the yearly meeting of an honor campaign; either link answers once. */
export interface MeetingInvitationData {
  recipientName: string;
  meetingTitle: string;
  /** The organizing body's name. */
  organizer: string;
  /** The meeting day, `YYYY-MM-DD`. */
  meetingDate: string;
  /** Empty when the invitation names no place. */
  place: string;
  acceptUrl: string;
  declineUrl: string;
}

export const meetingInvitation = defineTemplate<MeetingInvitationData>({
  subject: {
    vi: 'Thư mời tham dự: {{meetingTitle}}',
    en: 'Invitation: {{meetingTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>{{organizer}} trân trọng kính mời Quý vị tham dự <strong>“{{meetingTitle}}”</strong>.</p>
<p>Thời gian: <strong>{{date meetingDate}}</strong>{{#if place}}<br>Địa điểm: <strong>{{place}}</strong>{{/if}}</p>
<p>Xin Quý vị vui lòng cho biết có tham dự hay không:</p>
<p><a href="{{link acceptUrl}}">Tôi sẽ tham dự</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">Tôi không tham dự được</a></p>
<p>Liên kết dùng được một lần, đến hết ngày gặp mặt. Nếu muốn đổi câu trả lời, xin liên hệ ban tổ chức để nhận liên kết mới.</p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>{{organizer}} is pleased to invite you to <strong>“{{meetingTitle}}”</strong>.</p>
<p>Date: <strong>{{date meetingDate}}</strong>{{#if place}}<br>Place: <strong>{{place}}</strong>{{/if}}</p>
<p>Please let us know whether you will attend:</p>
<p><a href="{{link acceptUrl}}">I will attend</a> &nbsp;·&nbsp; <a href="{{link declineUrl}}">I cannot attend</a></p>
<p>The links work once, until the end of the meeting day. To change your answer, ask the organizers for a new link.</p>`,
  },
});

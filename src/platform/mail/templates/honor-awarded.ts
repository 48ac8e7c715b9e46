import { defineTemplate } from './mail-template';

/** An honoree learns that a published campaign's decision honors them, and that the award is on their profile. */
export interface HonorAwardedData {
  recipientName: string;
  campaignTitle: string;
  /** The prize level's name as the campaign defines it (Giải A, Giải khuyến khích…). */
  prizeLevel: string;
  /** The organizing body. */
  organizer: string;
  decisionNumber: string;
  /** `YYYY-MM-DD`. */
  decisionDate: string;
  profileUrl: string;
}

export const honorAwarded = defineTemplate<HonorAwardedData>({
  subject: {
    vi: 'Chúc mừng Quý vị: {{campaignTitle}} – {{prizeLevel}}',
    en: 'Congratulations: {{campaignTitle}} – {{prizeLevel}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>Theo Quyết định số <strong>{{decisionNumber}}</strong> ngày <strong>{{date decisionDate}}</strong> của {{organizer}}, Quý vị được tôn vinh trong <strong>{{campaignTitle}}</strong> với mức <strong>{{prizeLevel}}</strong>.</p>
<p>Giải thưởng đã được ghi vào hồ sơ của Quý vị trên hệ thống Trí thức Khánh Hòa (đã xác minh).</p>
<p><a href="{{link profileUrl}}">Xem hồ sơ của Quý vị</a></p>`,
    en: `<p>Dear {{recipientName}},</p>
<p>By decision no. <strong>{{decisionNumber}}</strong> of <strong>{{date decisionDate}}</strong> of {{organizer}}, you are honored in <strong>{{campaignTitle}}</strong> at the level <strong>{{prizeLevel}}</strong>.</p>
<p>The award has been added to your profile in the Khánh Hòa intellectuals registry (verified).</p>
<p><a href="{{link profileUrl}}">See your profile</a></p>`,
  },
});

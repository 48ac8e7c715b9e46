import { defineTemplate } from './mail-template';

/** Scoring has opened for a review round: the council member's personal link to score its nominees. */
export interface ScoringLinkData {
  recipientName: string;
  campaignTitle: string;
  round: number;
  /** The round's name, when the campaign names its rounds. */
  roundName: string | null;
  /** The number of nominees the member scores (those they are not recused from). */
  nominees: number;
  /** The round's deadline, `YYYY-MM-DD`; null when the round has none. */
  deadline: string | null;
  scoringUrl: string;
}

export const scoringLink = defineTemplate<ScoringLinkData>({
  subject: {
    vi: 'Mời chấm điểm vòng {{round}}{{#if deadline}} trước {{date deadline}}{{/if}}: {{campaignTitle}}',
    en: 'Please score round {{round}}{{#if deadline}} by {{date deadline}}{{/if}}: {{campaignTitle}}',
  },
  body: {
    vi: `<p>Kính gửi {{recipientName}},</p>
<p>Hội đồng xét chọn <strong>{{campaignTitle}}</strong> đã mở chấm điểm vòng {{round}}{{#if roundName}} ({{roundName}}){{/if}}. Kính mời Quý vị chấm điểm {{nominees}} hồ sơ được giao theo từng tiêu chí và nộp phiếu chấm.</p>
<p><a href="{{link scoringUrl}}">Chấm điểm các hồ sơ</a></p>
<p>Liên kết này dành riêng cho Quý vị, không cần tài khoản hay đăng nhập; xin không chuyển tiếp thư này. Quý vị có thể dùng lại liên kết để lưu nháp và sửa phiếu đến khi nộp; phiếu đã nộp được khóa. Liên kết hết hiệu lực khi hết hạn chấm hoặc khi kết quả vòng đã được xác nhận.</p>
{{#if deadline}}<p>Hạn chấm: <strong>{{date deadline}}</strong>.</p>{{/if}}`,
    en: `<p>Dear {{recipientName}},</p>
<p>The council of <strong>{{campaignTitle}}</strong> has opened scoring for review round {{round}}{{#if roundName}} ({{roundName}}){{/if}}. Please score the {{nominees}} nominee(s) assigned to you, criterion by criterion, and submit your sheets.</p>
<p><a href="{{link scoringUrl}}">Score the nominees</a></p>
<p>This link is yours alone and needs no account or sign-in; please do not forward this message. You can use it again to save drafts and change a sheet until you submit it; a submitted sheet is locked. The link stops working after the deadline or once the round’s result is confirmed.</p>
{{#if deadline}}<p>Deadline: <strong>{{date deadline}}</strong>.</p>{{/if}}`,
  },
});

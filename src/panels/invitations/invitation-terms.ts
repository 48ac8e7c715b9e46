import type { MailLocale } from '../../platform/mail';

/** The two links of an invitation: each a single-use action token for the panel member's row. */
export const ACCEPT_PURPOSE = 'panel-invitation.accept';
export const DECLINE_PURPOSE = 'panel-invitation.decline';
export const INVITATION_PURPOSES = [ACCEPT_PURPOSE, DECLINE_PURPOSE] as const;

/** The web app's pages the links open (the token travels in the fragment). */
export const ACCEPT_PAGE = '/invitations/accept';
export const DECLINE_PAGE = '/invitations/decline';

/** Request states in which invitations go out and are answered. */
export const INVITING_STATES: readonly string[] = ['panel_forming', 'in_review'];

/**
 * The no-conflict declaration an expert confirms when accepting, in each language: the page shows
 * one, sends it back, and the text confirmed is stored with the member.
 */
export const NO_CONFLICT_DECLARATION: Readonly<Record<MailLocale, string>> = {
  vi: 'Tôi cam đoan không có xung đột lợi ích với đề nghị này: tôi không tham gia soạn thảo đề nghị; không công tác tại cơ quan đặt hàng hay cơ quan của người soạn thảo; không có quan hệ gia đình, thầy trò, đối tác kinh doanh, đồng tác giả hay cùng đề tài gần đây với người soạn thảo; và không có lợi ích riêng nào khiến ý kiến của tôi thiếu khách quan. Nếu phát sinh xung đột lợi ích, tôi sẽ báo ngay cho Liên hiệp hội.',
  en: 'I declare that I have no conflict of interest with this proposal: I did not take part in drafting it; I do not work at the requesting organization or at a drafter’s organization; I have no family, advisor–student, business, recent co-authorship or shared-project ties with its drafters; and I have no private interest that would make my opinion less than impartial. Should a conflict arise, I will tell the Union at once.',
};

/** Tokens cannot outlive the action-token service's cap. */
const MAX_TOKEN_SECONDS = 90 * 24 * 3600;
/** Khánh Hòa's offset from UTC: a deadline day ends at 24:00 there. */
const LOCAL_OFFSET_MS = 7 * 3600 * 1000;

/**
 * How long an invitation's links live: until the end of the deadline day (Vietnam time), at most
 * 90 days; null when that end has passed.
 */
export function linkLifetimeSeconds(deadline: string, now: Date = new Date()): number | null {
  const [y, m, d] = deadline.split('-').map(Number);
  const end = Date.UTC(y, m - 1, d + 1) - LOCAL_OFFSET_MS;
  const seconds = Math.floor((end - now.getTime()) / 1000);
  if (seconds < 1) return null;
  return Math.min(seconds, MAX_TOKEN_SECONDS);
}

/**
 * The language of a person's mail. No account or profile stores a mail language, so the profile's
 * own ordered list of languages stands for the choice: English for someone living abroad who lists
 * English before Vietnamese (or no Vietnamese); Vietnamese for everyone else.
 */
export function mailLocaleOf(person: { countryCode: string; languages: readonly string[] }): MailLocale {
  if (person.countryCode === 'VN') return 'vi';
  const en = person.languages.indexOf('en');
  const vi = person.languages.indexOf('vi');
  return en >= 0 && (vi < 0 || en < vi) ? 'en' : 'vi';
}

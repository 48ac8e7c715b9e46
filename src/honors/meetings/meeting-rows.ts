import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { mailAddressOf } from '../../panels';
import type { Invitee } from '../../panels';
import { CAMPAIGN_NOT_FOUND, HonorCampaign } from '../campaigns';
import type { MeetingAnswer } from './meeting-invitee.entity';
import { InviteeStatus, requireMeetingCampaign, requireNotArchived } from './meeting-terms';
import type { MeetingCountsView, MeetingInviteeView } from './meeting-list.views';

/** A listed person as the list, the counts and the sender read them. */
export interface InviteeRow extends MeetingInviteeView {
  id: string;
  countryCode: string;
  languages: string[];
}

/**
 * The meeting campaign, locked for a write to its list when `forWrite`: adds, removals and sends of
 * one list wait for each other, so a person is never sent twice by two clicks.
 */
export async function loadMeetingCampaign(
  manager: EntityManager,
  id: string,
  forWrite = false,
): Promise<HonorCampaign> {
  const campaign = await manager.findOne(HonorCampaign, {
    where: { id },
    ...(forWrite ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!campaign) throw CAMPAIGN_NOT_FOUND();
  requireMeetingCampaign(campaign);
  if (forWrite) requireNotArchived(campaign);
  return campaign;
}

/**
 * Every listed person of a campaign with their status, by name. A list is a few hundred people, so
 * statuses (which need the mail-address check) are computed here rather than in SQL.
 */
export async function inviteeRows(manager: EntityManager, campaignId: string): Promise<InviteeRow[]> {
  const rows = await manager.query<Array<Record<string, unknown>>>(
    `SELECT m.id, m.intellectual_id, m.added_at, m.sent_at, m.answer, m.answered_at, m.answer_note,
            i.full_name, i.email, i.country_code, i.languages, o.status AS mail_status
       FROM meeting_invitee m
       JOIN intellectual i ON i.id = m.intellectual_id AND i.deleted_at IS NULL
       LEFT JOIN mail_outbox o ON o.id = m.mail_message_id
      WHERE m.campaign_id = $1
      ORDER BY i.full_name, m.id`,
    [campaignId],
  );
  return rows.map((row) => {
    const email = mailAddressOf({ email: row.email } as Invitee);
    const answer = row.answer as MeetingAnswer | null;
    const sentAt = iso(row.sent_at);
    const status: InviteeStatus =
      answer ??
      (row.mail_status === 'failed' ? 'bounced' : sentAt ? 'sent' : email ? 'not_sent' : 'no_email');
    return {
      id: row.id as string,
      intellectualId: row.intellectual_id as string,
      fullName: row.full_name as string,
      email,
      countryCode: row.country_code as string,
      languages: row.languages as string[],
      status,
      addedAt: iso(row.added_at)!,
      sentAt,
      answeredAt: iso(row.answered_at),
      answerNote: (row.answer_note as string | null) ?? null,
    };
  });
}

export function countsOf(rows: readonly InviteeRow[]): MeetingCountsView {
  const count = (status: InviteeStatus) => rows.filter((row) => row.status === status).length;
  return {
    listed: rows.length,
    notSent: count('not_sent'),
    noEmail: count('no_email'),
    sent: count('sent'),
    bounced: count('bounced'),
    accepted: count('accepted'),
    declined: count('declined'),
  };
}

export function viewOf(row: InviteeRow): MeetingInviteeView {
  return {
    intellectualId: row.intellectualId,
    fullName: row.fullName,
    email: row.email,
    status: row.status,
    addedAt: row.addedAt,
    sentAt: row.sentAt,
    answeredAt: row.answeredAt,
    answerNote: row.answerNote,
  };
}

export const notListed = (field: string) =>
  new DomainError('NOT_FOUND', {
    en: `This person is not on the meeting list (${field})`,
    vi: `Người này không có trong danh sách mời (${field})`,
  });

function iso(value: unknown): string | null {
  return value ? new Date(value as string | Date).toISOString() : null;
}

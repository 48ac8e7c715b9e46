import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit';
import { requireAccess } from '../../common/access/access';
import { Permission } from '../../common/access/permissions';
import { Principal } from '../../common/access/principal';
import { ActionTokens } from '../../common/action-tokens';
import { DomainError } from '../../common/errors/domain-error';
import { SearchService } from '../../search';
import type { AddMeetingInviteeDto, MeetingListQuery, MeetingSearchQuery } from './meeting-list.dto';
import type { MeetingInviteeView, MeetingListPage, MeetingSearchAddView } from './meeting-list.views';
import { countsOf, inviteeRows, loadMeetingCampaign, notListed, viewOf } from './meeting-rows';
import { RSVP_PURPOSE, SEARCH_ADD_CAP } from './meeting-terms';

/** The search's words and filters: an add from a search with none of them would list everyone. */
const SEARCH_NARROWING = [
  'q',
  'fieldCode',
  'degreeLevel',
  'academicTitle',
  'organizationId',
  'sector',
  'overseas',
  'countryCode',
  'communeCode',
  'gender',
  'ageBand',
  'verified',
  'status',
] as const satisfies ReadonlyArray<keyof MeetingSearchQuery>;

/** Who may be invited: never deleted or merged-away records, nor the deceased. */
const INVITABLE = `deleted_at IS NULL AND merged_into_id IS NULL AND status <> 'deceased'`;

/**
 * Staff build a meeting campaign's invitation list: people from a staff search (its first hits, up
 * to a cap) or one by one, and take people off. Each write locks the campaign and is audited with it.
 */
@Injectable()
export class MeetingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly search: SearchService,
    private readonly tokens: ActionTokens,
  ) {}

  async list(campaignId: string, query: MeetingListQuery, principal: Principal): Promise<MeetingListPage> {
    requireAccess(principal, Permission.HonorsManage);
    const manager = this.dataSource.manager;
    await loadMeetingCampaign(manager, campaignId);
    const rows = await inviteeRows(manager, campaignId);
    const shown = query.status?.length ? rows.filter((row) => query.status!.includes(row.status)) : rows;
    return {
      items: shown.slice(query.offset, query.offset + query.limit).map(viewOf),
      total: shown.length,
      limit: query.limit,
      offset: query.offset,
      counts: countsOf(rows),
    };
  }

  async addFromSearch(
    campaignId: string,
    query: MeetingSearchQuery,
    principal: Principal,
  ): Promise<MeetingSearchAddView> {
    requireAccess(principal, Permission.HonorsManage);
    if (!SEARCH_NARROWING.some((name) => query[name]?.length)) {
      throw DomainError.invalidField(
        'q',
        'Give words (q) or at least one filter: a search without either would list everyone',
        'Cần nhập từ khóa (q) hoặc chọn ít nhất một bộ lọc: tìm không điều kiện sẽ đưa tất cả mọi người vào danh sách',
      );
    }
    await loadMeetingCampaign(this.dataSource.manager, campaignId);
    const { ids, total } = await this.search.staffIds(query, SEARCH_ADD_CAP, principal);
    const added = await this.dataSource.transaction(async (manager) => {
      await loadMeetingCampaign(manager, campaignId, true);
      const inserted = await this.insert(manager, campaignId, ids, principal);
      if (inserted.length) {
        await this.audit.record(manager, {
          actor: principal,
          action: 'honor_campaign.meeting_invitees_added',
          entityType: 'honor_campaign',
          entityId: campaignId,
          changes: {
            added: { before: null, after: [...inserted].sort() },
            search: { before: null, after: { ...query } },
          },
        });
      }
      return inserted.length;
    });
    const rows = await inviteeRows(this.dataSource.manager, campaignId);
    return {
      matched: total,
      added,
      alreadyListed: ids.length - added,
      capped: total > ids.length,
      counts: countsOf(rows),
    };
  }

  async addOne(
    campaignId: string,
    input: AddMeetingInviteeDto,
    principal: Principal,
  ): Promise<MeetingInviteeView> {
    requireAccess(principal, Permission.HonorsManage);
    await this.dataSource.transaction(async (manager) => {
      await loadMeetingCampaign(manager, campaignId, true);
      const [person] = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM intellectual WHERE id = $1 AND ${INVITABLE}`,
        [input.intellectualId],
      );
      if (!person) {
        throw DomainError.invalidField(
          'intellectualId',
          'No living person in the registry has this id (deleted, merged and deceased records are not invited)',
          'Không có trí thức nào trong cơ sở dữ liệu với mã này (không mời hồ sơ đã xóa, đã gộp hoặc người đã mất)',
        );
      }
      const inserted = await this.insert(manager, campaignId, [input.intellectualId], principal);
      if (inserted.length === 0) {
        throw new DomainError(
          'UNPROCESSABLE',
          { en: 'This person is on the list already', vi: 'Người này đã có trong danh sách mời' },
          [
            {
              field: 'intellectualId',
              message: 'intellectualId is on the list already',
              messageVi: 'intellectualId đã có trong danh sách mời',
            },
          ],
        );
      }
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_campaign.meeting_invitees_added',
        entityType: 'honor_campaign',
        entityId: campaignId,
        changes: { added: { before: null, after: inserted } },
      });
    });
    const rows = await inviteeRows(this.dataSource.manager, campaignId);
    return viewOf(rows.find((row) => row.intellectualId === input.intellectualId)!);
  }

  /** Takes a person off the list with their answer; a link already mailed to them stops working. */
  async remove(campaignId: string, intellectualId: string, principal: Principal): Promise<void> {
    requireAccess(principal, Permission.HonorsManage);
    await this.dataSource.transaction(async (manager) => {
      await loadMeetingCampaign(manager, campaignId, true);
      const [removed] = await manager.query<[Array<Record<string, unknown>>, number]>(
        `DELETE FROM meeting_invitee WHERE campaign_id = $1 AND intellectual_id = $2
         RETURNING id, sent_at, answer`,
        [campaignId, intellectualId],
      );
      const row = removed[0];
      if (!row) throw notListed('intellectualId');
      await this.tokens.revoke(manager, row.id as string, [RSVP_PURPOSE]);
      await this.audit.record(manager, {
        actor: principal,
        action: 'honor_campaign.meeting_invitee_removed',
        entityType: 'honor_campaign',
        entityId: campaignId,
        changes: {
          removed: { before: intellectualId, after: null },
          wasSent: { before: row.sent_at !== null, after: null },
          answer: { before: row.answer ?? null, after: null },
        },
      });
    });
  }

  /** Lists the people not listed yet (invitable ones only); returns the ids it added. */
  private async insert(
    manager: EntityManager,
    campaignId: string,
    ids: readonly string[],
    principal: Principal,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<Array<{ intellectual_id: string }>>(
      `INSERT INTO meeting_invitee (campaign_id, intellectual_id, added_by)
       SELECT $1, i.id, $3 FROM intellectual i WHERE i.id = ANY($2::uuid[]) AND ${INVITABLE}
       ON CONFLICT (campaign_id, intellectual_id) DO NOTHING
       RETURNING intellectual_id`,
      [campaignId, [...ids], principal.accountId],
    );
    return rows.map((row) => row.intellectual_id);
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account, AccountView, AccountsService } from '../accounts';
import { AuditService } from '../audit';
import { Principal } from '../common/access/principal';
import { DomainError } from '../common/errors/domain-error';
import { AcceptInvitationDto, InvitationDto } from './dto/requests.dto';
import { Intellectual } from './entities/intellectual.entity';
import { ProfileInvitation } from './entities/profile-invitation.entity';
import { PROFILE_NOT_FOUND } from '../common/access/access';

export const INVITATION_TTL_DAYS = 14;

export class InvitationView {
  @ApiProperty() id: string;
  @ApiProperty() intellectualId: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored', example: 'K7QF-3M9X-T2RB-8WJD' })
  code: string;
  @ApiProperty() expiresAt: string;
}

/** Crockford base32 without I, L, O, U: easy to read aloud and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * One-time invitation codes with which a person creates their own account linked to a profile.
 * Nobody claims a profile by matching a name: only a code issued by an officer or association staff
 * (who invite experts without an account) links it.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  async issue(intellectualId: string, input: InvitationDto, actor: Principal): Promise<InvitationView> {
    const code = newCode();
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(Intellectual, {
        where: { id: intellectualId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!profile) throw PROFILE_NOT_FOUND();
      if (await manager.existsBy(Account, { intellectualId })) {
        throw new DomainError('ACCOUNT_ALREADY_LINKED', {
          en: 'An account is already linked to this profile',
          vi: 'Hồ sơ này đã được liên kết với một tài khoản',
        });
      }
      // A new code replaces any earlier unused one.
      await this.revokeOpen(manager, intellectualId);
      const invitation = manager.create(ProfileInvitation, {
        intellectualId,
        codeHash: hashCode(code),
        email: input.email?.toLowerCase() ?? null,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
        createdBy: actor.accountId,
      });
      await manager.save(invitation);
      await this.audit.record(manager, {
        actor,
        action: 'intellectual.invitation_issued',
        entityType: 'intellectual',
        entityId: intellectualId,
        changes: {
          [`invitations.${invitation.id}`]: {
            before: null,
            after: { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
          },
        },
      });
      return { id: invitation.id, intellectualId, code, expiresAt: invitation.expiresAt.toISOString() };
    });
  }

  /** Revokes the profile's unused invitations in the caller's transaction; returns their ids. */
  async revokeOpen(manager: EntityManager, intellectualId: string): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(ProfileInvitation)
      .set({ revokedAt: () => 'now()' })
      .where({ intellectualId, usedAt: IsNull(), revokedAt: IsNull() })
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }

  /** Creates the person's account linked to the invited profile; the code works once. */
  async accept(input: AcceptInvitationDto): Promise<AccountView> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(ProfileInvitation, {
        where: { codeHash: hashCode(input.code) },
        lock: { mode: 'pessimistic_write' },
      });
      const email = input.email.toLowerCase();
      if (
        !invitation ||
        invitation.usedAt ||
        invitation.revokedAt ||
        invitation.expiresAt <= new Date() ||
        (invitation.email !== null && invitation.email !== email)
      ) {
        // one answer for every failure, so codes cannot be probed
        throw new DomainError(
          'UNPROCESSABLE',
          {
            en: 'The invitation code is invalid, used or expired',
            vi: 'Mã mời không hợp lệ, đã dùng hoặc đã hết hạn',
          },
          [
            {
              field: 'code',
              message: 'The invitation code is invalid, used or expired',
              messageVi: 'Mã mời không hợp lệ, đã dùng hoặc đã hết hạn',
            },
          ],
        );
      }
      const profile = await manager.findOneBy(Intellectual, { id: invitation.intellectualId });
      if (!profile) throw PROFILE_NOT_FOUND();
      const account = await this.accounts.create(
        {
          email,
          password: input.password,
          displayName: input.displayName ?? profile.fullName,
          roles: ['intellectual'],
          intellectualId: profile.id,
        },
        undefined,
        manager,
      );
      await manager.update(ProfileInvitation, invitation.id, { usedAt: new Date(), accountId: account.id });
      await this.audit.record(manager, {
        actor: {
          accountId: account.id,
          email: account.email,
          roles: account.roles,
          intellectualId: profile.id,
          organizationId: null,
        },
        action: 'intellectual.invitation_accepted',
        entityType: 'intellectual',
        entityId: profile.id,
        changes: { [`invitations.${invitation.id}`]: { before: 'issued', after: 'accepted' } },
      });
      return account;
    });
  }
}

function newCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Codes are compared case- and separator-insensitively, by hash. */
export function hashCode(code: string): string {
  const canonical = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return createHash('sha256').update(canonical).digest('hex');
}

import { Injectable } from '@nestjs/common';
import { isStaff, Principal } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';

export const PROFILE_NOT_FOUND = () => DomainError.notFound('Intellectual', 'hồ sơ trí thức');

/**
 * Object-level access to profiles, the one place it is decided (DESIGN.md section 5). Staff reach
 * every profile; an intellectual reaches only their own, and anyone else's answers 404, not 403, so
 * that ids cannot be probed.
 */
@Injectable()
export class ProfileAccess {
  /** Returns whether the caller is the profile's own person. */
  requireReadable(principal: Principal | undefined, id: string): { isOwner: boolean } {
    const isOwner = !!principal?.intellectualId && principal.intellectualId === id;
    if (!isOwner && !isStaff(principal)) throw PROFILE_NOT_FOUND();
    return { isOwner };
  }

  /** The profile linked to the caller's account, for /me. */
  requireOwnProfile(principal: Principal): string {
    if (!principal.intellectualId) {
      throw new DomainError('NOT_FOUND', {
        en: 'No intellectual profile is linked to this account; ask an officer for an invitation',
        vi: 'Tài khoản chưa được liên kết với hồ sơ trí thức nào; hãy đề nghị cán bộ gửi mã mời',
      });
    }
    return principal.intellectualId;
  }
}

import { can, requireAccess } from '../../../src/common/access/access';
import { Permission } from '../../../src/common/access/permissions';
import type { Principal } from '../../../src/common/access/principal';
import { Role, ROLES } from '../../../src/common/access/roles';
import { DomainError } from '../../../src/common/errors/domain-error';

const principal = (roles: Role[], intellectualId: string | null = null): Principal => ({
  accountId: 'a',
  email: 'a@test.local',
  roles,
  intellectualId,
  organizationId: null,
});

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('permissions', () => {
  it('gives restricted attributes and record keeping to officers and admins only', () => {
    const holders = ROLES.filter((role) => can(principal([role]), Permission.ProfilesReadRestricted));
    expect(holders.sort()).toEqual(['admin', 'personnel_officer']);
    expect(ROLES.filter((role) => can(principal([role]), Permission.ProfilesEdit)).sort()).toEqual([
      'admin',
      'personnel_officer',
    ]);
    expect(ROLES.filter((role) => can(principal([role]), Permission.AccountsManage))).toEqual(['admin']);
  });

  it('lets nobody without an account do anything', () => {
    for (const permission of Object.values(Permission)) expect(can(undefined, permission)).toBe(false);
  });

  it('lets an intellectual read their own profile and answers 404 for anyone else’s', () => {
    const owner = principal(['intellectual'], 'p1');
    expect(codeOf(() => requireAccess(owner, Permission.ProfilesRead, { intellectualId: 'p1' }))).toBeNull();
    expect(codeOf(() => requireAccess(owner, Permission.ProfilesRead, { intellectualId: 'p2' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(() => requireAccess(undefined, Permission.ProfilesRead, { intellectualId: 'p2' }))).toBe(
      'NOT_FOUND',
    );
    const staff = principal(['association_staff']);
    expect(codeOf(() => requireAccess(staff, Permission.ProfilesRead, { intellectualId: 'p2' }))).toBeNull();
  });

  it('requires a linked profile for editing one’s own and refuses other people’s', () => {
    expect(codeOf(() => requireAccess(principal(['intellectual']), Permission.OwnProfileEdit))).toBe(
      'PROFILE_NOT_LINKED',
    );
    const owner = principal(['intellectual'], 'p1');
    expect(
      codeOf(() => requireAccess(owner, Permission.OwnProfileEdit, { intellectualId: 'p1' })),
    ).toBeNull();
    expect(codeOf(() => requireAccess(owner, Permission.OwnProfileEdit, { intellectualId: 'p2' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(() => requireAccess(principal(['personnel_officer']), Permission.OwnProfileEdit))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses a permission the roles do not hold with 403', () => {
    expect(codeOf(() => requireAccess(principal(['association_staff']), Permission.ImportsRun))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => requireAccess(principal(['personnel_officer']), Permission.ImportsRun))).toBeNull();
  });
});

import { Role } from './roles';

/**
 * What a caller may do. Endpoints declare one with @Allow, services check object-level access with
 * requireAccess; roles appear only in ROLE_PERMISSIONS below (DESIGN.md section 5).
 */
export enum Permission {
  AccountsManage = 'accounts.manage',
  CatalogEdit = 'catalog.edit',
  /** Read one profile: any profile with ProfilesReadAny, otherwise only one's own. */
  ProfilesRead = 'profiles.read',
  ProfilesReadAny = 'profiles.read-any',
  ProfilesReadInternal = 'profiles.read-internal',
  ProfilesReadRestricted = 'profiles.read-restricted',
  ProfilesReadDeleted = 'profiles.read-deleted',
  ProfilesList = 'profiles.list',
  ProfilesEdit = 'profiles.edit',
  ProfilesMerge = 'profiles.merge',
  /**
   * Issue a one-time code with which a person creates their own account linked to their profile:
   * officers, and association staff, who invite experts without an account to panels and honors.
   */
  ProfileInvitationsIssue = 'profiles.invite',
  OwnProfileEdit = 'own-profile.edit',
  CorrectionsDecide = 'corrections.decide',
  ImportsRun = 'imports.run',
  ExportsRun = 'exports.run',
  SearchStaff = 'search.staff',
  SearchOperate = 'search.operate',
  /** Form expert panels: conflicts, members, suggestions (association staff). */
  PanelsManage = 'panels.manage',
  /** Read review requests: any with RequestsManage, otherwise only one's own organization's. */
  RequestsRead = 'requests.read',
  /** Draft, edit, submit and cancel review requests: an agency for its own organization. */
  RequestsSubmit = 'requests.submit',
  /** Review requests of any organization: enter them on an agency's behalf, accept or decline them. */
  RequestsManage = 'requests.manage',
  /** An expert's panel history and load: one's own, or anyone's with PanelsManage. */
  PanelHistoryRead = 'panels.history-read',
  /**
   * Run a panel's review (start it, read its opinions, lock it): staff with PanelsManage for any
   * request, an intellectual only as the accepted secretary of its panel.
   */
  PanelConduct = 'panels.conduct',
  /** Honor campaigns: set them up, move them through their states, check eligibility (association staff). */
  HonorsManage = 'honors.manage',
  /** One's own panel invitations: list and answer them (an account linked to its profile). */
  OwnPanelInvitations = 'panels.own-invitations',
  /**
   * Read a nomination: any with HonorsManage; otherwise one's organization's or one's own as the
   * nominator, or one of oneself once it is submitted.
   */
  NominationsRead = 'nominations.read',
  /**
   * Draft, submit and withdraw nominations as their nominator: an organization's accounts for it, staff
   * for the association, a person for themself where the campaign allows.
   */
  NominationsSubmit = 'nominations.submit',
  /** Nominations of oneself: list, accept and decline them (an account linked to its profile). */
  OwnNominations = 'nominations.own',
  /**
   * Work on an honor council: staff with HonorsManage for any council; an intellectual only on the
   * rounds they sit on (their nominees not recused from, their own sheets; the round's progress and
   * result confirmation as its secretary or chair).
   */
  HonorCouncilWork = 'honors.council',
  /** The workforce statistics, trends, targets and forecasts (aggregates only, small cells suppressed). */
  StatsRead = 'stats.read',
  /**
   * Aggregates over sensitive attributes (ethnic minority, disability), with the purpose recorded in
   * the audit; retirement forecasts from dates of birth; the yearly report.
   */
  StatsReadSensitive = 'stats.read-sensitive',
  /** The plans' targets per period (admins). */
  StatsTargetsEdit = 'stats.targets-edit',
}

const STAFF_READ: readonly Permission[] = [
  Permission.ProfilesRead,
  Permission.ProfilesReadAny,
  Permission.ProfilesReadInternal,
  Permission.ProfilesList,
  Permission.ExportsRun,
  Permission.SearchStaff,
  Permission.StatsRead,
];

const RECORD_KEEPING: readonly Permission[] = [
  Permission.CatalogEdit,
  Permission.ProfilesReadRestricted,
  Permission.ProfilesReadDeleted,
  Permission.ProfilesEdit,
  Permission.ProfilesMerge,
  Permission.CorrectionsDecide,
  Permission.ImportsRun,
  Permission.StatsReadSensitive,
];

const REQUESTING: readonly Permission[] = [Permission.RequestsRead, Permission.RequestsSubmit];

const NOMINATING: readonly Permission[] = [Permission.NominationsRead, Permission.NominationsSubmit];

const PANEL_WORK: readonly Permission[] = [
  Permission.PanelsManage,
  Permission.PanelHistoryRead,
  Permission.PanelConduct,
  ...REQUESTING,
  Permission.RequestsManage,
  Permission.HonorsManage,
  Permission.HonorCouncilWork,
  ...NOMINATING,
];

/** Inviting a person to claim their profile with an account (an invitation code). */
const INVITING: readonly Permission[] = [Permission.ProfileInvitationsIssue];

/** The one role → permission table. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...STAFF_READ,
    ...RECORD_KEEPING,
    ...PANEL_WORK,
    ...INVITING,
    Permission.AccountsManage,
    Permission.SearchOperate,
    Permission.StatsTargetsEdit,
  ],
  personnel_officer: [...STAFF_READ, ...RECORD_KEEPING, ...INVITING],
  association_staff: [...STAFF_READ, ...PANEL_WORK, ...INVITING],
  intellectual: [
    Permission.ProfilesRead,
    Permission.OwnProfileEdit,
    Permission.PanelHistoryRead,
    Permission.PanelConduct,
    Permission.OwnPanelInvitations,
    ...NOMINATING,
    Permission.OwnNominations,
    Permission.HonorCouncilWork,
  ],
  agency: [...REQUESTING, ...NOMINATING],
};

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

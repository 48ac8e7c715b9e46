import type { Permission } from '../auth/session';

export interface NavItem {
  path: string;
  /** Key in the common catalog's nav section. */
  label:
    | 'directory'
    | 'honorees'
    | 'officerStart'
    | 'people'
    | 'imports'
    | 'duplicates'
    | 'corrections'
    | 'experts'
    | 'reviewRequests'
    | 'meetingLists'
    | 'honorCampaigns'
    | 'nominations'
    | 'myNominations'
    | 'myRequests'
    | 'myProfile'
    | 'myCorrections'
    | 'matchingNeeds'
    | 'myInvitations'
    | 'councilRounds'
    | 'claim'
    | 'accounts'
    | 'organizations'
    | 'searchIndex'
    | 'stats';
  /** Shown only to who may; none: everyone. */
  permission?: Permission;
  /** Hidden from who has this one (the public directory for staff, who search the full registry). */
  hiddenWith?: Permission;
}

/** The main menu, in order; each area's pages check the same permissions again. */
export const NAVIGATION: readonly NavItem[] = [
  { path: '/directory', label: 'directory', hiddenWith: 'search.staff' },
  { path: '/officer', label: 'officerStart', permission: 'imports.run' },
  { path: '/officer/people', label: 'people', permission: 'profiles.list' },
  { path: '/officer/imports', label: 'imports', permission: 'imports.run' },
  { path: '/officer/duplicates', label: 'duplicates', permission: 'profiles.merge' },
  { path: '/officer/corrections', label: 'corrections', permission: 'corrections.decide' },
  { path: '/experts', label: 'experts', permission: 'search.staff' },
  { path: '/review-requests', label: 'reviewRequests', permission: 'requests.manage' },
  { path: '/honors/campaigns', label: 'honorCampaigns', permission: 'honors.manage' },
  { path: '/honor-meetings', label: 'meetingLists', permission: 'honors.manage' },
  // nominators: an organization's accounts, the association's staff, a person nominating themself
  { path: '/nominations', label: 'nominations', permission: 'nominations.submit' },
  // staff may draft on an agency's behalf too, but they work from the queue
  {
    path: '/agency/requests',
    label: 'myRequests',
    permission: 'requests.submit',
    hiddenWith: 'requests.manage',
  },
  { path: '/me', label: 'myProfile', permission: 'own-profile.edit' },
  { path: '/me/corrections', label: 'myCorrections', permission: 'own-profile.edit' },
  { path: '/me/matching-needs', label: 'matchingNeeds', permission: 'own-profile.edit' },
  { path: '/me/panel-invitations', label: 'myInvitations', permission: 'panels.own-invitations' },
  { path: '/me/nominations', label: 'myNominations', permission: 'nominations.own' },
  // staff reach every council from the campaign pages
  { path: '/council', label: 'councilRounds', permission: 'honors.council', hiddenWith: 'honors.manage' },
  { path: '/stats', label: 'stats', permission: 'stats.read' },
  { path: '/admin/accounts', label: 'accounts', permission: 'accounts.manage' },
  { path: '/admin/organizations', label: 'organizations', permission: 'catalog.edit' },
  { path: '/admin/search', label: 'searchIndex', permission: 'search.operate' },
  // published honors results are for everyone, after each one's own work
  { path: '/honorees', label: 'honorees' },
];

export function visibleNavigation(can: (permission: Permission) => boolean): NavItem[] {
  return NAVIGATION.filter(
    (item) => (!item.permission || can(item.permission)) && !(item.hiddenWith && can(item.hiddenWith)),
  );
}

/** The menu entry a path belongs to: the longest matching prefix ("/officer/people/…" → people). */
export function activeNavPath(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

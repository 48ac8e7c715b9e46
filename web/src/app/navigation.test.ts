import type { Permission } from '../auth/session';
import { activeNavPath, visibleNavigation } from './navigation';

const allowing =
  (...granted: Permission[]) =>
  (permission: Permission) =>
    granted.includes(permission);

describe('the main menu', () => {
  it('shows the public directory and honors results to visitors and nothing that needs an account', () => {
    expect(visibleNavigation(allowing()).map((item) => item.path)).toEqual(['/directory', '/honorees']);
  });

  it('gives statistics to staff who may read them, before the admin pages', () => {
    expect(
      visibleNavigation(allowing('search.staff', 'stats.read', 'accounts.manage')).map((item) => item.path),
    ).toEqual(['/experts', '/stats', '/admin/accounts', '/honorees']);
  });

  it('shows an intellectual their own pages only', () => {
    expect(
      visibleNavigation(allowing('profiles.read', 'own-profile.edit', 'panels.own-invitations')).map(
        (item) => item.path,
      ),
    ).toEqual([
      '/directory',
      '/me',
      '/me/corrections',
      '/me/matching-needs',
      '/me/panel-invitations',
      '/honorees',
    ]);
  });

  it('gives a council member their rounds, and staff the campaign pages instead', () => {
    expect(
      visibleNavigation(allowing('own-profile.edit', 'honors.council')).map((item) => item.path),
    ).toEqual(['/directory', '/me', '/me/corrections', '/me/matching-needs', '/council', '/honorees']);
    expect(
      visibleNavigation(allowing('search.staff', 'honors.manage', 'honors.council')).map((item) => item.path),
    ).not.toContain('/council');
  });

  it('gives association staff the expert search instead of the public directory', () => {
    const paths = visibleNavigation(allowing('profiles.list', 'search.staff', 'exports.run')).map(
      (item) => item.path,
    );
    expect(paths).toEqual(['/officer/people', '/experts', '/honorees']);
  });

  it('gives an agency its own requests, and staff who also may draft the queue instead', () => {
    expect(visibleNavigation(allowing('requests.read', 'requests.submit')).map((item) => item.path)).toEqual([
      '/directory',
      '/agency/requests',
      '/honorees',
    ]);
    expect(
      visibleNavigation(allowing('search.staff', 'requests.read', 'requests.submit', 'requests.manage')).map(
        (item) => item.path,
      ),
    ).toEqual(['/experts', '/review-requests', '/honorees']);
  });

  it('gives who manages honors the campaigns', () => {
    expect(visibleNavigation(allowing('search.staff', 'honors.manage')).map((item) => item.path)).toEqual([
      '/experts',
      '/honors/campaigns',
      '/honor-meetings',
      '/honorees',
    ]);
  });

  it('gives nominators their nominations and a nominee the nominations of them', () => {
    expect(
      visibleNavigation(allowing('requests.submit', 'nominations.submit')).map((item) => item.path),
    ).toEqual(['/directory', '/nominations', '/agency/requests', '/honorees']);
    expect(
      visibleNavigation(allowing('own-profile.edit', 'nominations.submit', 'nominations.own')).map(
        (item) => item.path,
      ),
    ).toEqual([
      '/directory',
      '/nominations',
      '/me',
      '/me/corrections',
      '/me/matching-needs',
      '/me/nominations',
      '/honorees',
    ]);
    expect(
      visibleNavigation(allowing('search.staff', 'honors.manage', 'nominations.submit')).map(
        (item) => item.path,
      ),
    ).toEqual(['/experts', '/honors/campaigns', '/honor-meetings', '/nominations', '/honorees']);
  });

  it('marks the most specific entry for a page', () => {
    const items = visibleNavigation(allowing('imports.run', 'profiles.list'));
    expect(activeNavPath('/officer/people', items)).toBe('/officer/people');
    expect(activeNavPath('/officer', items)).toBe('/officer');
    expect(activeNavPath('/officer/imports/42', items)).toBe('/officer/imports');
  });
});

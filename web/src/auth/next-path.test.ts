import { safeNextPath, signInPath } from './next-path';

describe('returning after sign-in', () => {
  it('goes back to a page of this site, with its query', () => {
    expect(safeNextPath('/officer/people?q=nguyen')).toBe('/officer/people?q=nguyen');
  });

  it('never leaves the site, whatever the link says', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
    ])
      expect(safeNextPath(next)).toBeUndefined();
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/me')).toBeUndefined();
  });

  it('builds the sign-in address with where to return and why', () => {
    expect(signInPath('/me?tab=2', 'expired')).toBe('/sign-in?next=%2Fme%3Ftab%3D2&reason=expired');
  });
});

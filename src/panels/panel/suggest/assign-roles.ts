import type { PanelRole, PanelRequirements } from '../panel-rules';

/**
 * Roles for a suggested panel, chosen ids best first: the most relevant chairs, then vice chairs and
 * reviewers as many as the request wants, the least relevant is secretary (the one who compiles,
 * not the one whose opinion weighs most), everyone else a member. Staff change roles freely.
 */
export function assignRoles(
  chosen: readonly string[],
  rolesWanted: PanelRequirements['rolesWanted'],
): { intellectualId: string; role: PanelRole }[] {
  const roles: PanelRole[] = [];
  if (chosen.length > 0) roles.push('chair');
  const middle = Math.max(0, chosen.length - 2);
  for (const role of ['vice_chair', 'reviewer'] as const) {
    for (let i = 0; i < (rolesWanted[role] ?? 0) && roles.length - 1 < middle; i++) roles.push(role);
  }
  while (roles.length - 1 < middle) roles.push('member');
  if (chosen.length > 1) roles.push('secretary');
  return chosen.map((intellectualId, i) => ({ intellectualId, role: roles[i] }));
}

export const ROLES = ['admin', 'personnel_officer', 'association_staff', 'intellectual'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the province and see internal attributes (DESIGN.md section 4). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'personnel_officer', 'association_staff'];

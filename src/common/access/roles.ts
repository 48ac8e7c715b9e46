export const ROLES = ['admin', 'personnel_officer', 'association_staff', 'intellectual'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES = ['admin', 'personnel_officer', 'association_staff', 'intellectual', 'agency'] as const;
export type Role = (typeof ROLES)[number];

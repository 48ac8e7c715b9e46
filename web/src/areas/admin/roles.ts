import type { Schemas } from '../../api/client';
import { allOf } from '../me/fact-inputs';

export type Role = Schemas['AccountView']['roles'][number];

/** Every role of the contract, in the order the forms offer them. */
export const ROLES = allOf<Role>()([
  'personnel_officer',
  'association_staff',
  'agency',
  'intellectual',
  'admin',
]);

/** Whose profile a request is about: the caller's own (`/me/…`) or one named by id (`/intellectuals/{id}/…`). */
export type ProfileTarget = { kind: 'own' } | { kind: 'id'; id: string };

export const OWN_PROFILE: ProfileTarget = { kind: 'own' };

export const profileById = (id: string): ProfileTarget => ({ kind: 'id', id });

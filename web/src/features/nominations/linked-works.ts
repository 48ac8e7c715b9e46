import type { Schemas } from '../../api/client';
import type { LinkField } from './nomination-form';

export type LinkedWork = Schemas['LinkedWorkView'];
export type LinkedWorkKind = LinkedWork['kind'];

export const WORK_KINDS = ['publication', 'intellectual_property', 'research_project'] as const;

/** The nomination's list each kind of work is linked in. */
export const FIELD_OF: Record<LinkedWorkKind, LinkField> = {
  publication: 'publicationIds',
  intellectual_property: 'intellectualPropertyIds',
  research_project: 'researchProjectIds',
};

/**
 * The checkboxes of one kind: the nominee's works the nominator sees, then those already linked that
 * they no longer see (a profile made private since), so that saving keeps them unless unticked.
 */
export function choicesOf(
  kind: LinkedWorkKind,
  visible: readonly LinkedWork[],
  linked: readonly LinkedWork[],
): LinkedWork[] {
  const shown = visible.filter((work) => work.kind === kind);
  const ids = new Set(shown.map((work) => work.id));
  return [...shown, ...linked.filter((work) => work.kind === kind && !ids.has(work.id))];
}

/** Each linked id's title, for a conflict notice that lists the ids a field holds. */
export function titlesOf(ids: readonly string[], known: readonly LinkedWork[]): string[] {
  const byId = new Map(known.map((work) => [work.id, work.title]));
  return ids.map((id) => byId.get(id) ?? id);
}

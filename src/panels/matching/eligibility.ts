import type { IntellectualStatus } from '../../intellectuals';

/** What decides whether a person may be proposed for a panel. */
export interface EligibilityFacts {
  status: IntellectualStatus;
  deletedAt: Date | null;
  mergedIntoId: string | null;
}

export interface EligibilityOptions {
  /** Retired people are proposed only when staff ask for them (like staff search's status default). */
  includeRetired: boolean;
}

/**
 * The one place that says who may be proposed for panels: never the deceased, deleted or merged-away
 * records; retired people on request. The consent "proposed for panels and honors" (DESIGN.md section
 * 4) plugs in here when the privacy module lands: a withdrawn consent answers false, and the profile
 * text query (profile-texts.ts) reads it along with the status.
 */
export function mayBeProposedForPanels(person: EligibilityFacts, options: EligibilityOptions): boolean {
  if (person.deletedAt || person.mergedIntoId) return false;
  if (person.status === 'deceased') return false;
  return person.status === 'active' || options.includeRetired;
}

/** The statuses the index may return for these options (the rows are checked again afterwards). */
export function proposableStatuses(options: EligibilityOptions): IntellectualStatus[] {
  return options.includeRetired ? ['active', 'retired'] : ['active'];
}

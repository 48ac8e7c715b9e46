import type { Schemas } from '../../api/client';

export type Nomination = Schemas['NominationView'];
export type NominatedBy = Schemas['NominatedBy'];
export type OpenCampaign = Schemas['OpenCampaignView'];
export type CreateBody = Schemas['CreateNominationDto'];
export type UpdateBody = Schemas['UpdateNominationDto'];
export type WorkInput = Schemas['WorkInput'];

/** The work as the form holds it: text boxes and number boxes, any of them empty. */
export interface WorkFields {
  title?: string | null;
  summary?: string | null;
  appliedIn?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** The form's values: named like the API's fields, so its field problems land on their inputs. */
export interface NominationFields {
  category?: string | null;
  work?: WorkFields | null;
  statement?: string | null;
  publicationIds?: string[];
  intellectualPropertyIds?: string[];
  researchProjectIds?: string[];
}

/** What the draft holds of the edited fields, as the API stores them (the edit session's values). */
export interface NominationValues {
  category: string | null;
  work: WorkInput | null;
  statement: string | null;
  /** The linked registry records, by kind (the API's lists). */
  publicationIds: string[];
  intellectualPropertyIds: string[];
  researchProjectIds: string[];
}

/** The three lists of linked works, the fields their checkboxes fill. */
export const LINK_FIELDS = ['publicationIds', 'intellectualPropertyIds', 'researchProjectIds'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** The fields a draft's PATCH changes, in the order a conflict lists them. */
export const EDITED_FIELDS = ['category', 'work', 'statement', ...LINK_FIELDS] as const;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** No work when every box is empty; otherwise what was typed (the API says what is missing). */
export function workOf(fields: WorkFields | null | undefined): WorkInput | null {
  if (!fields) return null;
  const work = {
    title: text(fields.title),
    summary: text(fields.summary),
    appliedIn: text(fields.appliedIn),
    fromYear: fields.fromYear ?? null,
    toYear: fields.toYear ?? null,
  };
  if (Object.values(work).every((value) => value === null)) return null;
  return { ...work, title: work.title ?? '', summary: work.summary ?? '' };
}

export function valuesFromForm(fields: NominationFields): NominationValues {
  return {
    category: text(fields.category),
    work: workOf(fields.work),
    statement: text(fields.statement),
    publicationIds: fields.publicationIds ?? [],
    intellectualPropertyIds: fields.intellectualPropertyIds ?? [],
    researchProjectIds: fields.researchProjectIds ?? [],
  };
}

/** A stored nomination's edited fields. */
export function valuesOf(nomination: Nomination): NominationValues {
  return {
    category: nomination.category,
    work: nomination.work,
    statement: nomination.statement === '' ? null : nomination.statement,
    publicationIds: nomination.publicationIds ?? [],
    intellectualPropertyIds: nomination.intellectualPropertyIds ?? [],
    researchProjectIds: nomination.researchProjectIds ?? [],
  };
}

export function formOf(values: Partial<NominationValues>): NominationFields {
  return {
    category: values.category ?? undefined,
    work: values.work ?? {},
    statement: values.statement ?? '',
    publicationIds: values.publicationIds ?? [],
    intellectualPropertyIds: values.intellectualPropertyIds ?? [],
    researchProjectIds: values.researchProjectIds ?? [],
  };
}

/** The POST body of a new draft: absent rather than empty values. */
export function createBody(
  campaignId: string,
  nomineeId: string,
  nominatedBy: NominatedBy,
  values: NominationValues,
): CreateBody {
  return {
    campaignId,
    nomineeId,
    nominatedBy,
    ...(values.category !== null && { category: values.category }),
    ...(values.work !== null && { work: values.work }),
    ...(values.statement !== null && { statement: values.statement }),
    ...Object.fromEntries(LINK_FIELDS.filter((field) => values[field].length > 0).map((f) => [f, values[f]])),
  };
}

/** The PATCH body from the edit session's changes: null clears (an empty statement, no work). */
export function updateBody(patch: Partial<NominationValues>): UpdateBody {
  const body: UpdateBody = {};
  if ('category' in patch) body.category = patch.category ?? null;
  if ('work' in patch) body.work = patch.work ?? null;
  if ('statement' in patch) body.statement = patch.statement ?? '';
  for (const field of LINK_FIELDS) if (field in patch) body[field] = patch[field] ?? [];
  return body;
}

/**
 * On whose behalf the signed-in account may nominate in this campaign: its organization (an
 * agency account), the association (staff), itself where the campaign takes self-nominations.
 */
export function nominatorChoices(
  who: { organizationId?: string | null; intellectualId?: string | null; staff: boolean },
  campaign: Pick<OpenCampaign, 'allowsSelfNomination'>,
): NominatedBy[] {
  const choices: NominatedBy[] = [];
  if (who.organizationId) choices.push('organization');
  if (who.staff) choices.push('staff');
  if (who.intellectualId && campaign.allowsSelfNomination) choices.push('self');
  return choices;
}

/** What the nominee answered, for the nominator's and staff's lists. */
export function answerOf(
  nomination: Pick<Nomination, 'state' | 'answeredAt' | 'declineReason' | 'nominatedBy'>,
): { kind: 'waiting' | 'accepted' | 'declined' | 'none'; at: string | null; reason: string | null } {
  if (nomination.state === 'declined')
    return { kind: 'declined', at: nomination.answeredAt, reason: nomination.declineReason };
  if (nomination.answeredAt) return { kind: 'accepted', at: nomination.answeredAt, reason: null };
  if (nomination.state === 'submitted') return { kind: 'waiting', at: null, reason: null };
  return { kind: 'none', at: null, reason: null };
}

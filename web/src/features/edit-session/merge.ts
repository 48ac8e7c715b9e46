/**
 * The ETag conflict flow of every edit form (profile facts and parts, review requests), as pure functions: what the user changed, what the
 * other person changed between the version the user started from and the current one, and the user's
 * changes reapplied on top of the current version. Values are compared as the API stores them: an
 * empty text box and an absent value are both "no value" (null), an empty list is no list.
 */

export type Values = Readonly<Record<string, unknown>>;

export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
}

/** '' and undefined are no value; strings are kept as typed (the API normalises them itself). */
export function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/** Deep equality of two JSON values, with '' = undefined = null and [] = no value. */
export function sameValue(a: unknown, b: unknown): boolean {
  const left = normalize(a);
  const right = normalize(b);
  if (isEmpty(left) && isEmpty(right)) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => sameValue(item, right[index]));
  }
  if (isObject(left) && isObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => sameValue(left[key], right[key]));
  }
  return left === right;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields whose values differ from `from` to `to`, in the order of `fields`. */
export function diffValues(from: Values, to: Values, fields: readonly string[]): FieldDiff[] {
  return fields
    .filter((field) => !sameValue(from[field], to[field]))
    .map((field) => ({ field, before: normalize(from[field]), after: normalize(to[field]) }));
}

/** What the user changed against the version they started from: the body of the PATCH. */
export function editsOf(base: Values, draft: Values, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(diffValues(base, draft, fields).map(({ field, after }) => [field, after]));
}

/** Whether the user changed anything against the version they started from (unsaved typing). */
export function hasEdits(base: Values, draft: Values, fields: readonly string[]): boolean {
  return fields.some((field) => !sameValue(base[field], draft[field]));
}

export interface Rebased {
  /** What the other person changed, from the version the user started from to the current one. */
  theirs: FieldDiff[];
  /** Fields both changed, to different values: the user's value wins when they save, so show them. */
  overlapping: string[];
  /** The form after reapplying: the current version with the user's changes on top. */
  draft: Record<string, unknown>;
  /** The PATCH to send with the current version's ETag (empty: the other person did the same). */
  patch: Record<string, unknown>;
}

/**
 * Reapplies the user's edits (base → draft) on top of the current version. Fields the user did not
 * touch take the current values, so nothing the other person changed is undone.
 */
export function rebase(base: Values, draft: Values, current: Values, fields: readonly string[]): Rebased {
  const mine = editsOf(base, draft, fields);
  const theirs = diffValues(base, current, fields);
  const overlapping = theirs
    .filter(({ field, after }) => field in mine && !sameValue(mine[field], after))
    .map(({ field }) => field);
  const patch = Object.fromEntries(
    Object.entries(mine).filter(([field, value]) => !sameValue(value, current[field])),
  );
  const next = Object.fromEntries(fields.map((field) => [field, normalize(current[field])]));
  return { theirs, overlapping, draft: { ...next, ...mine }, patch };
}

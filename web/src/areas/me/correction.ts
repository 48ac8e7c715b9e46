import type { Schemas } from '../../api/client';
import {
  FIELD_INPUTS,
  PART_INPUTS,
  factValue,
  fromFormValue,
  sameValue,
  toFormValue,
  type FormValue,
  type InputSpec,
  type PartKind,
  type Profile,
  type ShownField,
} from './fact-inputs';

/** What a correction request is about: one top-level fact, or one item of a part. */
export type CorrectionTarget = { field: ShownField } | { part: PartKind; id: string };

type PartItem = Record<string, unknown> & { id: string };

/** The target a link names (/me/corrections/new?field=position, ?part=educations&id=…), if it is one. */
export function targetFromParams(params: URLSearchParams): CorrectionTarget | undefined {
  const field = params.get('field');
  if (field !== null) return Object.hasOwn(FIELD_INPUTS, field) ? { field: field as ShownField } : undefined;
  const part = params.get('part');
  const id = params.get('id');
  return part !== null && Object.hasOwn(PART_INPUTS, part) && id ? { part: part as PartKind, id } : undefined;
}

export function targetParams(target: CorrectionTarget): string {
  return 'field' in target
    ? new URLSearchParams({ field: target.field }).toString()
    : new URLSearchParams({ part: target.part, id: target.id }).toString();
}

/** The name FACTS_PROTECTED and lockedFacts use for the target. */
export function targetFact(target: CorrectionTarget): string {
  return 'field' in target ? target.field : `${target.part}.${target.id}`;
}

export function partItem(profile: Profile, part: PartKind, id: string): PartItem | undefined {
  const items = (profile as Record<string, unknown>)[part] as PartItem[] | undefined;
  return items?.find((item) => item.id === id);
}

export interface CorrectionDraft {
  target: CorrectionTarget;
  /** The inputs of the form: one for a fact ("value"), one per fact of an item. */
  inputs: Array<{ name: string; spec: InputSpec }>;
  /** What the profile holds now, as the API has it, by input name. */
  current: Record<string, unknown>;
  /** The form's first values: the current ones, which the person changes into the right ones. */
  initial: Record<string, FormValue> & { action?: 'update' | 'delete' };
}

/** The correction form pre-filled with the fact (or item) and its current value; undefined if gone. */
export function correctionDraft(profile: Profile, target: CorrectionTarget): CorrectionDraft | undefined {
  if ('field' in target) {
    const spec = FIELD_INPUTS[target.field];
    if (!spec) return undefined;
    const current = factValue(profile, target.field);
    return {
      target,
      inputs: [{ name: 'value', spec }],
      current: { value: current },
      initial: { value: toFormValue(spec, current) },
    };
  }
  const item = partItem(profile, target.part, target.id);
  if (!item) return undefined;
  const inputs = Object.entries(PART_INPUTS[target.part]).map(([name, spec]) => ({
    name,
    spec: spec as InputSpec,
  }));
  return {
    target,
    inputs,
    current: Object.fromEntries(inputs.map(({ name }) => [name, item[name] ?? null])),
    initial: {
      action: 'update',
      ...Object.fromEntries(inputs.map(({ name, spec }) => [name, toFormValue(spec, item[name])])),
    },
  };
}

/**
 * POST /me/correction-requests' body: the facts as they should be, only those the person changed;
 * undefined when nothing differs from the profile (there is nothing to ask for).
 */
export function correctionBody(
  draft: CorrectionDraft,
  values: Record<string, FormValue> & { action?: 'update' | 'delete' },
  reason: string,
): Schemas['CorrectionRequestDto'] | undefined {
  const { target } = draft;
  if ('field' in target) {
    const next = fromFormValue(draft.inputs[0].spec, values.value);
    if (sameValue(next, draft.current.value)) return undefined;
    return { changes: { [target.field]: next }, reason: reason.trim() };
  }
  if (values.action === 'delete') {
    return { parts: [{ part: target.part, id: target.id, action: 'delete' }], reason: reason.trim() };
  }
  const changes = Object.fromEntries(
    draft.inputs
      .map(({ name, spec }) => [name, fromFormValue(spec, values[name])] as const)
      .filter(([name, next]) => !sameValue(next, draft.current[name])),
  );
  if (Object.keys(changes).length === 0) return undefined;
  return { parts: [{ part: target.part, id: target.id, action: 'update', changes }], reason: reason.trim() };
}

export interface RequestedChange {
  /** The fact (of the item, with part); none when the item is to be removed. */
  fact?: string;
  part?: PartKind;
  action?: 'update' | 'delete';
  value: unknown;
}

/** What a filed request asks for, one line per fact, for the person's list of requests. */
export function requestedChanges(request: Schemas['CorrectionRequestView']): RequestedChange[] {
  const facts = Object.entries(request.changes ?? {}).map(([fact, value]): RequestedChange => ({
    fact,
    value,
  }));
  const parts = request.parts.flatMap((part): RequestedChange[] =>
    part.action === 'delete'
      ? [{ part: part.part, action: part.action, value: null }]
      : Object.entries(part.changes ?? {}).map(([fact, value]) => ({
          fact,
          part: part.part,
          action: part.action,
          value,
        })),
  );
  return [...facts, ...parts];
}

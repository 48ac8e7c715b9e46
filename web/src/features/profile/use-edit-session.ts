import type { FormInstance } from 'antd';
import {
  useEditSession as useSharedEditSession,
  type Base as SharedBase,
} from '../edit-session/use-edit-session';
import { eventsSince } from './conflict';
import { fetchHistory, fetchProfile, type TaggedProfile } from './profile-api';
import { fromForm, toForm, type FieldInput, type HistoryEvent, type Profile } from './model';

export interface Base extends SharedBase {
  /** When the version the user started from was written: history after it is the other change. */
  updatedAt: string;
}

/** What a 412 loads: the current profile and the history written since the user's version. */
export interface Current {
  current: TaggedProfile;
  events: HistoryEvent[];
}

/**
 * One edit of a profile (its facts, or one part item) on the shared edit session
 * (../edit-session): a 412 loads the current profile and its history, whose changes after the
 * user's version the notice lists. The facts form and the part forms all edit through this hook.
 */
export function useEditSession(options: {
  id: string;
  form: FormInstance;
  inputs: ReadonlyArray<{ name: string; input: FieldInput }>;
  initial: Base;
  send: (patch: Record<string, unknown>, etag: string) => Promise<TaggedProfile | void>;
  /** The edited values in a (newer) profile; null when the edited item is gone. */
  valuesIn: (profile: Profile) => Record<string, unknown> | null;
  /** The page takes the current version (the user reapplies or drops their changes after a 412). */
  onCurrent?: (current: TaggedProfile) => void;
  savedText: string;
  unchangedText: string;
  onSaved: () => void;
}) {
  const { id, inputs, valuesIn, onCurrent } = options;
  return useSharedEditSession<Base, Current>({
    ...options,
    fields: inputs.map(({ name }) => name),
    load: async (base) => {
      const [current, history] = await Promise.all([fetchProfile(id), fetchHistory(id)]);
      return { current, events: eventsSince(history.items, base.updatedAt) };
    },
    baseIn: ({ current }, base) => {
      const values = valuesIn(current.data);
      if (!values) return null;
      return { values, etag: current.etag, updatedAt: current.data.updatedAt ?? base.updatedAt };
    },
    fromForm: (values) => fromForm(values, inputs),
    toForm: (values) => toForm(values, inputs),
    onCurrent: onCurrent && (({ current }) => onCurrent(current)),
  });
}

export type EditSession = ReturnType<typeof useEditSession>;

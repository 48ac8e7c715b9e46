import { useState } from 'react';
import { eventsSince, rebase, editsOf, type Rebased } from './conflict';
import { fetchHistory, fetchProfile, isStale, type TaggedProfile } from './profile-api';
import type { HistoryEvent, Profile } from './model';

export interface Base {
  values: Record<string, unknown>;
  etag: string;
  /** When the version the user started from was written: history after it is the other change. */
  updatedAt: string;
}

export interface Conflict {
  current: TaggedProfile;
  events: HistoryEvent[];
  /** null: the item being edited no longer exists in the current version. */
  result: Rebased | null;
}

/**
 * One edit of a profile (its facts, or one part item) with the ETag conflict flow: save sends only
 * what the user changed with If-Match of the version they started from; a 412 loads the current
 * version and its history and shows the other change; reapply puts the user's changes on top of the
 * current version, whose ETag the next save sends.
 */
export function useEditSession(options: {
  id: string;
  fields: readonly string[];
  initial: Base;
  send: (patch: Record<string, unknown>, etag: string) => Promise<TaggedProfile | void>;
  /** The edited values in a (newer) profile; null when the edited item is gone. */
  valuesIn: (profile: Profile) => Record<string, unknown> | null;
}) {
  const { id, fields, send, valuesIn } = options;
  const [base, setBase] = useState<Base>(options.initial);
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState(false);

  /** 'saved', 'unchanged', or 'conflict'; other refusals are thrown for the form to show. */
  async function save(draft: Record<string, unknown>): Promise<'saved' | 'unchanged' | 'conflict'> {
    const patch = editsOf(base.values, draft, fields);
    if (Object.keys(patch).length === 0) return 'unchanged';
    setSaving(true);
    try {
      await send(patch, base.etag);
      return 'saved';
    } catch (error) {
      if (!isStale(error)) throw error;
      const [current, history] = await Promise.all([fetchProfile(id), fetchHistory(id)]);
      const values = valuesIn(current.data);
      setConflict({
        current,
        events: eventsSince(history.items, base.updatedAt),
        result: values ? rebase(base.values, draft, values, fields) : null,
      });
      return 'conflict';
    } finally {
      setSaving(false);
    }
  }

  /** Takes the current version as the new starting point; returns the form's values (mine on top). */
  function reapply(): Record<string, unknown> | undefined {
    if (!conflict?.result) return undefined;
    const values = valuesIn(conflict.current.data)!;
    setBase({
      values,
      etag: conflict.current.etag,
      updatedAt: conflict.current.data.updatedAt ?? base.updatedAt,
    });
    const draft = conflict.result.draft;
    setConflict(undefined);
    return draft;
  }

  return { base, conflict, saving, save, reapply, dismiss: () => setConflict(undefined) };
}

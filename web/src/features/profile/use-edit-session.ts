import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from '../../api/form-errors';
import { isStale } from '../../api/problem';
import { eventsSince, rebase, editsOf, type Rebased } from './conflict';
import { fetchHistory, fetchProfile, type TaggedProfile } from './profile-api';
import { fromForm, toForm, type FieldInput, type HistoryEvent, type Profile } from './model';

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

/** After a reapply: whether some of the user's changes are left to save, or the other did the same. */
export type Reapplied = 'changes' | 'nothing';

/**
 * One edit of a profile (its facts, or one part item) in a form, with the ETag conflict flow: save
 * sends only what the user changed with If-Match of the version they started from; a 412 loads the
 * current version and its history and shows the other change; reapply puts the user's changes on
 * top of the current version (in the form too), whose ETag the next save sends. The facts form and
 * the part forms all edit through this one hook.
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
  /** Saved: what to tell the user, and what to do next (close the form…). */
  savedText: string;
  unchangedText: string;
  onSaved: () => void;
}) {
  const { id, form, inputs, send, valuesIn } = options;
  const { message } = App.useApp();
  const fields = inputs.map(({ name }) => name);
  const [base, setBase] = useState<Base>(options.initial);
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [reapplied, setReapplied] = useState<Reapplied>();

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

  /** The form's Save: validates, saves, and tells the user (field errors go next to their fields). */
  async function submit() {
    const values = (await form.validateFields()) as Record<string, unknown>;
    setProblem(undefined);
    try {
      const outcome = await save(fromForm(values, inputs));
      if (outcome === 'unchanged') void message.info(options.unchangedText);
      if (outcome === 'saved') {
        void message.success(options.savedText);
        options.onSaved();
      }
    } catch (error) {
      setProblem(showFieldErrors(form, error));
    }
  }

  /** Reapply in the form: the current version with the user's changes on top, to check and save. */
  function reapplyInForm() {
    const current = conflict?.current;
    const left = conflict?.result?.patch ?? {};
    const draft = reapply();
    if (!draft || !current) return;
    options.onCurrent?.(current);
    form.setFieldsValue(toForm(draft, inputs));
    setReapplied(Object.keys(left).length > 0 ? 'changes' : 'nothing');
  }

  /** Drops the user's changes: the page shows the current version. */
  function discard() {
    if (conflict) options.onCurrent?.(conflict.current);
    setConflict(undefined);
  }

  return { base, conflict, saving, problem, reapplied, save, reapply, submit, reapplyInForm, discard };
}

export type EditSession = ReturnType<typeof useEditSession>;

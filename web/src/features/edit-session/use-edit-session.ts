import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from '../../api/form-errors';
import { isStale } from '../../api/problem';
import { editsOf, hasEdits, rebase, type Rebased, type Values } from './merge';

/** The version the user started from: its values of the edited fields and its ETag. */
export interface Base {
  values: Values;
  etag: string;
}

/** After a 412: what was loaded of the current version, and the user's changes rebased on it. */
export type Conflict<C> = C & {
  /** null: the item being edited no longer exists in the current version. */
  result: Rebased | null;
};

/** After a reapply: whether some of the user's changes are left to save, or the other did the same. */
export type Reapplied = 'changes' | 'nothing';

/**
 * One edit in a form, with the ETag conflict flow: save sends only what the user changed with
 * If-Match of the version they started from; a 412 loads the current version and shows the other
 * change; reapply puts the user's changes on top of the current version (in the form too), whose
 * ETag the next save sends; discard loads the current version in the form. The profile editors and
 * the review request form and the report draft all edit through this one hook.
 */
export function useEditSession<B extends Base, C>(options: {
  form: FormInstance;
  fields: readonly string[];
  initial: B;
  /**
   * Saves with If-Match `etag`: `patch` is what the user changed, `draft` every edited value (for an
   * endpoint that replaces the whole item; after a reapply, the current version with mine on top).
   */
  send: (patch: Record<string, unknown>, etag: string, draft: Values) => Promise<unknown>;
  /** After a 412: the current version (and what the notice shows with it). */
  load: (base: B) => Promise<C>;
  /** The starting point the current version makes; null when the edited item is gone. */
  baseIn: (current: C, base: B) => B | null;
  /** The form's values as the API stores them, and back. */
  fromForm: (values: Record<string, unknown>) => Record<string, unknown>;
  toForm: (values: Values) => Record<string, unknown>;
  /** The page takes the current version (the user reapplies or drops their changes after a 412). */
  onCurrent?: (current: C) => void;
  /** Saved: what to tell the user, and what to do next (close the form…). */
  savedText: string;
  unchangedText: string;
  onSaved: () => void;
}) {
  const { form, fields, send, load, baseIn } = options;
  const { message } = App.useApp();
  const [base, setBase] = useState<B>(options.initial);
  const [conflict, setConflict] = useState<Conflict<C>>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [reapplied, setReapplied] = useState<Reapplied>();

  /** 'saved', 'unchanged', or 'conflict'; other refusals are thrown for the form to show. */
  async function save(draft: Values): Promise<'saved' | 'unchanged' | 'conflict'> {
    const patch = editsOf(base.values, draft, fields);
    if (Object.keys(patch).length === 0) return 'unchanged';
    setSaving(true);
    try {
      await send(patch, base.etag, draft);
      return 'saved';
    } catch (error) {
      if (!isStale(error)) throw error;
      const current = await load(base);
      const next = baseIn(current, base);
      setConflict({ ...current, result: next ? rebase(base.values, draft, next.values, fields) : null });
      return 'conflict';
    } finally {
      setSaving(false);
    }
  }

  /** Takes the current version as the new starting point; returns the form's values (mine on top). */
  function reapply(): Record<string, unknown> | undefined {
    const next = conflict?.result && baseIn(conflict, base);
    if (!next) return undefined;
    setBase(next);
    setConflict(undefined);
    return conflict.result!.draft;
  }

  /**
   * Whether the form holds changes the user has not saved (against the version they started from):
   * what an action that replaces the form (generating the report from the stored draft…) asks about.
   */
  function unsaved(values?: Record<string, unknown>): boolean {
    const draft = options.fromForm(values ?? (form.getFieldsValue(true) as Record<string, unknown>));
    return hasEdits(base.values, draft, fields);
  }

  /**
   * The form's Save: validates, saves, and tells the user (field errors go next to their fields).
   * `values`: the form's whole state when some values have no field of their own. Resolves with the
   * outcome, or undefined when the form or the API refused (the form shows why).
   */
  async function submit(
    values?: Record<string, unknown>,
  ): Promise<'saved' | 'unchanged' | 'conflict' | undefined> {
    let validated: Record<string, unknown>;
    try {
      validated = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return undefined;
    }
    setProblem(undefined);
    try {
      const outcome = await save(options.fromForm(values ?? validated));
      if (outcome === 'unchanged') void message.info(options.unchangedText);
      if (outcome === 'saved') {
        void message.success(options.savedText);
        options.onSaved();
      }
      return outcome;
    } catch (error) {
      setProblem(showFieldErrors(form, error));
      return undefined;
    }
  }

  /** Reapply in the form: the current version with the user's changes on top, to check and save. */
  function reapplyInForm() {
    const current = conflict;
    const left = conflict?.result?.patch ?? {};
    const draft = reapply();
    if (!draft || !current) return;
    options.onCurrent?.(current);
    form.setFieldsValue(options.toForm(draft));
    setReapplied(Object.keys(left).length > 0 ? 'changes' : 'nothing');
  }

  /** Drops the user's changes: the form (and the page) show the current version. */
  function discard() {
    if (!conflict) return;
    const next = baseIn(conflict, base);
    if (next) {
      setBase(next);
      form.setFieldsValue(options.toForm(next.values));
    }
    options.onCurrent?.(conflict);
    setConflict(undefined);
    setReapplied(undefined);
  }

  return {
    base,
    conflict,
    saving,
    problem,
    reapplied,
    save,
    reapply,
    submit,
    unsaved,
    reapplyInForm,
    discard,
  };
}

export type EditSession<C> = ReturnType<typeof useEditSession<Base, C>>;

import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { isStale } from '../../api/problem';
import { draftOf, isChanged, membersInput, type DraftMember } from './draft';
import { fetchPanel, PANELS_KEY, saveMembers, usePanel, useDraftCheck, type Panel } from './panels-api';

interface Session {
  /** The version the draft started from: the save sends it as If-Match. */
  etag: string;
  saved: DraftMember[];
  draft: DraftMember[];
}

type Tagged = { data: Panel; etag: string };

const sessionOf = ({ data, etag }: Tagged): Session => {
  const saved = draftOf(data.members);
  return { etag, saved, draft: saved };
};

/**
 * The panel builder's draft with the profile editors' ETag flow (use-edit-session): the draft is
 * pinned to the version it started from, every change is re-checked by the server, the save sends
 * If-Match, and a 412 loads the current panel for the user to take it (reload) or to put their draft
 * on top of it (keep mine), whose ETag the next save sends.
 */
export function usePanelDraft(id: string, texts: { saved: string; unchanged: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const panel = usePanel(id);
  const [pinned, setPinned] = useState<Session>();
  const [stale, setStale] = useState<Tagged>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const session = pinned ?? (panel.data ? sessionOf(panel.data) : undefined);
  const input = session && membersInput(session.draft);
  const check = useDraftCheck(id, input);

  function edit(change: (draft: DraftMember[]) => DraftMember[]) {
    const loaded = panel.data;
    if (!loaded) return;
    setProblem(undefined);
    // the first change pins the draft to the version it started from
    setPinned((previous) => {
      const start = previous ?? sessionOf(loaded);
      return { ...start, draft: change(start.draft) };
    });
  }

  async function save() {
    if (!session || !input) return;
    if (!isChanged(session.draft, session.saved)) {
      void message.info(texts.unchanged);
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const saved = await saveMembers(id, session.etag, input);
      queryClient.setQueryData([...PANELS_KEY, 'panel', id], saved);
      setPinned(sessionOf(saved));
      void message.success(texts.saved);
    } catch (error) {
      if (!isStale(error)) setProblem(error);
      else setStale(await fetchPanel(id));
    } finally {
      setSaving(false);
    }
  }

  /** Drops the draft: the builder shows the panel as it is now. */
  function reload() {
    if (!stale) return;
    queryClient.setQueryData([...PANELS_KEY, 'panel', id], stale);
    setPinned(sessionOf(stale));
    setStale(undefined);
  }

  /** Keeps the draft over the current version: the next save replaces the other change. */
  function keepMine() {
    if (!stale || !session) return;
    setPinned({ etag: stale.etag, saved: draftOf(stale.data.members), draft: session.draft });
    setStale(undefined);
  }

  return {
    panel,
    draft: session?.draft,
    changed: session ? isChanged(session.draft, session.saved) : false,
    check,
    stale: stale?.data,
    saving,
    problem,
    edit,
    save,
    reload,
    keepMine,
  };
}

export type PanelDraftSession = ReturnType<typeof usePanelDraft>;

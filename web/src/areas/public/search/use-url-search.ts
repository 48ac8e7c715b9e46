import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readSearchState, searchParamsOf, toggleFilter, type SearchState } from './search-state';
import { useDebouncedValue } from './use-debounced-value';

/** Typed words reach the address bar once typing pauses this long: the results do not wait for it. */
export const ADDRESS_PAUSE_MS = 400;

/**
 * A search page's state, kept in the address bar. The results follow every keystroke (a newer one
 * aborts the request under way); the address takes the words after a pause, replacing its entry (so
 * Back leaves the page instead of undoing words); a filter or a page is a new entry. Words that come
 * from elsewhere (Back, a link) replace what was typed.
 */
export function useUrlSearch<F extends string>(facets: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const address = readSearchState(params, facets);
  const [typed, setTyped] = useState(address.q);
  const [seen, setSeen] = useState(address.q);
  /** The words this hook last wrote to the address: their arrival there is not a change from elsewhere. */
  const [written, setWritten] = useState(address.q);
  if (address.q !== seen) {
    setSeen(address.q);
    if (address.q !== written) {
      setWritten(address.q);
      setTyped(address.q);
    }
  }
  const state: SearchState<F> = typed === address.q ? address : { ...address, q: typed, page: 1 };
  const paused = useDebouncedValue(typed, ADDRESS_PAUSE_MS);
  const latest = useRef({ address, setParams });
  useEffect(() => {
    latest.current = { address, setParams };
  });
  useEffect(() => {
    const { address: current, setParams: set } = latest.current;
    if (paused === current.q) return;
    setWritten(paused);
    set(searchParamsOf({ ...current, q: paused, page: 1 }, facets), { replace: true });
  }, [paused, facets]);
  const go = (next: SearchState<F>) => {
    setWritten(next.q);
    setParams(searchParamsOf(next, facets));
  };
  return {
    state,
    setQuery: (q: string) => setTyped(q.trim()),
    toggle: (name: F, value: string) => go(toggleFilter(state, name, value)),
    clearFilters: () => go({ ...state, filters: {}, page: 1 }),
    setPage: (page: number) => go({ ...state, page }),
  };
}

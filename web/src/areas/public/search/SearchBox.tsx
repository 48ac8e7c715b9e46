import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './use-debounced-value';

/** Results follow typing after this pause: fast enough to feel live, one request per pause. */
export const TYPING_PAUSE_MS = 180;

interface Props {
  /** The words the results are for (the address's q). */
  value: string;
  /** The words typed, once typing pauses. */
  onSettled: (q: string) => void;
  label: string;
}

/**
 * The labelled search field. It keeps what is typed itself, so a keystroke redraws only the field,
 * and hands the words on after a pause; when `value` changes from elsewhere (Back, a link), it shows it.
 */
export function SearchBox({ value, onSettled, label }: Props) {
  const { t } = useTranslation('public');
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  const settled = useDebouncedValue(text, TYPING_PAUSE_MS);
  const latest = useRef({ value, onSettled });
  useEffect(() => {
    latest.current = { value, onSettled };
  });
  // only a pause in typing hands words on: a change of `value` alone must not send stale words back
  useEffect(() => {
    const q = settled.trim();
    if (q !== latest.current.value) latest.current.onSettled(q);
  }, [settled]);
  return (
    <div role="search" style={{ marginBottom: 16 }}>
      <label htmlFor="search-q" style={{ display: 'block', marginBottom: 4, fontWeight: 600 }}>
        {label}
      </label>
      <Input
        id="search-q"
        type="search"
        size="large"
        allowClear
        autoComplete="off"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

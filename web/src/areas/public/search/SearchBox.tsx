import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The words the results are for. */
  value: string;
  /** The words typed, trimmed, at every keystroke that changes them. */
  onQuery: (q: string) => void;
  label: string;
}

/**
 * The labelled search field. It keeps what is typed itself (spaces included, which the search does
 * not see), hands the trimmed words on at once, and shows words that change from elsewhere (Back, a link).
 */
export function SearchBox({ value, onQuery, label }: Props) {
  const { t } = useTranslation('public');
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  const change = (next: string) => {
    setText(next);
    if (next.trim() !== value) onQuery(next.trim());
  };
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
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}

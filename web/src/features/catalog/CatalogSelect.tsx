import { Select, type SelectProps } from 'antd';
import { useEffect, useId, useState } from 'react';
import { matchesSearch } from './fold';
import { useCatalog, type CatalogName } from './use-catalog';

type Value = string | string[] | null | undefined;

/**
 * Picks one code (or several) of a catalog by typing part of its name, with or without diacritics.
 * `label` names the field and its open list of options for screen readers (Form.Item's label points
 * at the input by id; the list it opens gets the same name).
 */
export function CatalogSelect({
  catalog,
  multiple,
  label,
  id,
  value,
  onChange,
  ...props
}: {
  catalog: CatalogName;
  multiple?: boolean;
  label: string;
  id?: string;
  value?: Value;
  onChange?: (value: Value) => void;
} & Omit<SelectProps<Value>, 'options' | 'mode' | 'value' | 'onChange' | 'showSearch' | 'id'>) {
  const generated = useId();
  const inputId = id ?? generated;
  const { options, nameOf, loading } = useCatalog(catalog);
  const [open, setOpen] = useState(false);
  // rc-select gives its listbox (`<id>_list`) no name: name it after the field while it is open
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() =>
      document.getElementById(`${inputId}_list`)?.setAttribute('aria-label', label),
    );
    return () => cancelAnimationFrame(frame);
  });
  const chosen = ([] as string[]).concat(value ?? []);
  // a code the catalog does not list (yet) stays shown, as its code
  const all = [
    ...options,
    ...chosen
      .filter((code) => !options.some((option) => option.value === code))
      .map((code) => ({ value: code, label: nameOf(code) })),
  ];
  return (
    <Select<Value>
      {...props}
      id={inputId}
      aria-label={label}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: (input, option) => matchesSearch(input, option) }}
      allowClear
      loading={loading}
      options={all}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next) => onChange?.(next ?? null)}
      onOpenChange={setOpen}
    />
  );
}

/** The name of a catalog code ("22366" → "Phường Nha Trang"), the code itself until it is known. */
export function CatalogLabel({ catalog, code }: { catalog: CatalogName; code: string }) {
  return <>{useCatalog(catalog).nameOf(code)}</>;
}

import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { currentLanguage } from '../../i18n';
import type { CatalogName } from './fact-inputs';
type Entry = Schemas['CatalogEntryView'];

const entryName = (entry: Entry) => (currentLanguage() === 'en' && entry.nameEn) || entry.nameVi;

function useCatalogSearch(catalog: CatalogName, q: string) {
  return useQuery({
    queryKey: ['catalog', catalog, q],
    queryFn: () =>
      unwrap(
        api.GET('/catalog/{name}', {
          params: { path: { name: catalog }, query: { q: q || undefined, limit: 50 } },
        }),
      ),
    staleTime: 10 * 60_000,
  });
}

/** The name of a catalog code ("22366" → "Phường Nha Trang"), the code itself until it is known. */
export function CatalogLabel({ catalog, code }: { catalog: CatalogName; code: string }) {
  const { data } = useCatalogSearch(catalog, code);
  const entry = data?.items.find((item) => item.code === code);
  return <>{entry ? entryName(entry) : code}</>;
}

/** Picks catalog codes by typing part of a name, with or without diacritics (the server filters). */
export function CatalogSelect({
  catalog,
  multiple,
  ...props
}: { catalog: CatalogName; multiple?: boolean } & Omit<SelectProps<string | string[]>, 'options' | 'mode'>) {
  const [q, setQ] = useState('');
  const { data, isFetching } = useCatalogSearch(catalog, q);
  const selected = ([] as string[]).concat(props.value ?? []);
  const options = (data?.items ?? []).map((entry) => ({
    value: entry.code,
    label: `${entryName(entry)} (${entry.code})`,
  }));
  // codes already chosen stay labelled while the search shows other entries
  for (const code of selected)
    if (!options.some((option) => option.value === code)) options.push({ value: code, label: code });
  return (
    <Select<string | string[]>
      {...props}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      loading={isFetching}
      options={options}
      onBlur={() => setQ('')}
    />
  );
}

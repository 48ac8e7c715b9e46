import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';

interface Found {
  id?: string;
  fullName?: string;
  organizationName?: string | null;
  birthYear?: number | null;
}

/** The picker's texts; the admin's account form's by default. */
export interface PersonPickerLabels {
  placeholder: string;
  typeToSearch: string;
  noPerson: string;
  /** The chosen person while a search lists others. */
  chosen: string;
  clear: string;
}

interface Props {
  id?: string;
  labels?: PersonPickerLabels;
  value?: string | null;
  /** The label is the chosen person's as the search listed them (name · employer · birth year). */
  onChange?: (value: string | null, label?: string) => void;
  'aria-describedby'?: string;
  /**
   * Where people are searched: the staff list (every profile; the default) or the public directory
   * (the profiles whose person consented), for accounts that may not list the registry.
   */
  source?: 'staff' | 'directory';
}

/** Picks a person (the one an account belongs to, by default) by searching the staff list by name (name, employer, birth year shown). */
export function PersonPicker({ id, value, onChange, labels, source = 'staff', ...aria }: Props) {
  const { t } = useTranslation('admin');
  const text = labels ?? {
    placeholder: t('accounts.personPlaceholder'),
    typeToSearch: t('accounts.typeToSearch'),
    noPerson: t('accounts.noPerson'),
    chosen: t('accounts.linkedPerson'),
    clear: t('accounts.unlink'),
  };
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['admin', 'people', source, q],
    queryFn: async (): Promise<{ items: Found[] }> =>
      source === 'staff'
        ? unwrap(api.GET('/intellectuals', { params: { query: { q, limit: 10 } } }))
        : unwrap(api.GET('/directory', { params: { query: { q, limit: 10 } } })),
    enabled: q.trim().length >= 2,
  });
  const options = (people.data?.items ?? []).map((person) => ({
    value: person.id!,
    label: [person.fullName, person.organizationName, person.birthYear].filter(Boolean).join(' · '),
  }));
  // the linked person stays labelled while a search shows others (their name is not read here: an
  // admin's profile read is an audited read of restricted facts)
  if (value && !options.some((option) => option.value === value))
    options.unshift({ value, label: text.chosen });
  return (
    <Flex gap="small">
      <Select<string | null>
        id={id}
        {...aria}
        style={{ flex: 1, minWidth: 0 }}
        value={value ?? null}
        onChange={(next) => onChange?.(next ?? null, options.find((option) => option.value === next)?.label)}
        showSearch={{ filterOption: false, onSearch: setQ }}
        loading={people.isFetching}
        placeholder={text.placeholder}
        notFoundContent={q.trim().length >= 2 ? text.noPerson : text.typeToSearch}
        options={options}
      />
      {/* a button, not Select's clear icon, which the keyboard cannot reach */}
      {value && <Button onClick={() => onChange?.(null)}>{text.clear}</Button>}
    </Flex>
  );
}

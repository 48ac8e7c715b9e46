import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  'aria-describedby'?: string;
}

/** Picks the person an account belongs to by searching the staff list by name (name, employer, birth year shown). */
export function PersonPicker({ id, value, onChange, ...aria }: Props) {
  const { t } = useTranslation('admin');
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['admin', 'people', q],
    queryFn: () => unwrap(api.GET('/intellectuals', { params: { query: { q, limit: 10 } } })),
    enabled: q.trim().length >= 2,
  });
  const options = (people.data?.items ?? []).map((person) => ({
    value: person.id!,
    label: [person.fullName, person.organizationName, person.birthYear].filter(Boolean).join(' · '),
  }));
  // the linked person stays labelled while a search shows others (their name is not read here: an
  // admin's profile read is an audited read of restricted facts)
  if (value && !options.some((option) => option.value === value))
    options.unshift({ value, label: t('accounts.linkedPerson') });
  return (
    <Flex gap="small">
      <Select<string | null>
        id={id}
        {...aria}
        style={{ flex: 1, minWidth: 0 }}
        value={value ?? null}
        onChange={(next) => onChange?.(next ?? null)}
        showSearch={{ filterOption: false, onSearch: setQ }}
        loading={people.isFetching}
        placeholder={t('accounts.personPlaceholder')}
        notFoundContent={q.trim().length >= 2 ? t('accounts.noPerson') : t('accounts.typeToSearch')}
        options={options}
      />
      {/* a button, not Select's clear icon, which the keyboard cannot reach */}
      {value && <Button onClick={() => onChange?.(null)}>{t('accounts.unlink')}</Button>}
    </Flex>
  );
}

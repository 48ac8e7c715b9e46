import { Button, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { currentLanguage } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { countryName } from '../catalog-names';

type Facets = Schemas['SearchPageView']['facets'];

/** Values shown before "more": the most frequent ones. */
const SHOWN = 6;

interface Props<F extends string> {
  facets: Facets | undefined;
  names: readonly F[];
  /** The facet's heading, in the reader's language. */
  title: (name: F) => string;
  selected: Partial<Record<F, string>>;
  onToggle: (name: F, value: string) => void;
  onClear: () => void;
}

/**
 * The facets of a search: per facet its values with their names and counts, each a toggle button
 * (pressed when chosen). A chosen value stays visible even when the current results no longer hold it.
 */
export function FacetFilters<F extends string>({
  facets,
  names,
  title,
  selected,
  onToggle,
  onClear,
}: Props<F>) {
  const { t } = useTranslation('public');
  // on a phone the facets fold away, so that the results come first
  const wide = Grid.useBreakpoint().md ?? true;
  const [open, setOpen] = useState(false);
  const chosen = names.filter((name) => selected[name]).length;
  return (
    <section aria-labelledby="facets-heading">
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={2} id="facets-heading" style={{ fontSize: 18 }}>
          {t('search.filters')}
        </Typography.Title>
        {chosen > 0 && (
          <Button type="link" onClick={onClear}>
            {t('search.clearFilters')}
          </Button>
        )}
      </Flex>
      {!wide && (
        <Button
          aria-expanded={open}
          aria-controls="facet-list"
          onClick={() => setOpen(!open)}
          style={{ marginBottom: 8 }}
        >
          {open ? t('search.hideFilters') : t('search.showFilters', { chosen })}
        </Button>
      )}
      <div id="facet-list" hidden={!wide && !open}>
        {names.map((name) => (
          <Facet
            key={name}
            name={name}
            title={title(name)}
            values={facets?.[name] ?? []}
            selected={selected[name]}
            onToggle={(value) => onToggle(name, value)}
          />
        ))}
      </div>
    </section>
  );
}

/**
 * The API names facet values in Vietnamese; in English, values of fixed lists and countries are named
 * here (catalog names such as fields and organizations stay as the API gives them).
 */
function useValueLabel(name: string): (value: Schemas['FacetValue']) => string {
  const { t } = useTranslation('public');
  if (currentLanguage() === 'vi') return (value) => value.label;
  if (name === 'countryCode') return (value) => countryName(value.value) ?? value.label;
  const prefix = { degreeLevel: 'degree', academicTitle: 'academicTitle' }[name] ?? `facetValue.${name}`;
  return (value) => t(`${prefix}.${value.value}`, { defaultValue: value.label });
}

function Facet({
  name,
  title,
  values,
  selected,
  onToggle,
}: {
  name: string;
  title: string;
  values: Schemas['FacetValue'][];
  selected: string | undefined;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation('public');
  const [all, setAll] = useState(false);
  const labelOf = useValueLabel(name);
  if (values.length === 0 && !selected) return null;
  const chosen =
    selected && !values.some((value) => value.value === selected)
      ? [{ value: selected, label: selected, count: 0 }]
      : [];
  const listed = [...chosen, ...values];
  const shown = all ? listed : listed.slice(0, SHOWN);
  const headingId = `facet-${name}`;
  return (
    <div role="group" aria-labelledby={headingId} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} id={headingId} style={{ fontSize: 15, marginBottom: 4 }}>
        {title}
      </Typography.Title>
      <Flex vertical align="flex-start">
        {shown.map((value) => (
          <Button
            key={value.value}
            type={value.value === selected ? 'primary' : 'text'}
            size="small"
            aria-pressed={value.value === selected}
            onClick={() => onToggle(value.value)}
            style={{ textAlign: 'left', height: 'auto', whiteSpace: 'normal' }}
          >
            {t('search.facetValue', { label: labelOf(value), total: formatNumber(value.count) })}
          </Button>
        ))}
        {listed.length > SHOWN && (
          <Button type="link" size="small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('search.fewer') : t('search.more', { count: listed.length - SHOWN })}
          </Button>
        )}
      </Flex>
    </div>
  );
}

import { Button, Flex, Input, InputNumber, Select } from 'antd';
import { CatalogSelect } from '../catalog/CatalogSelect';
import { useDisplay } from './display';

type Composite = Record<string, unknown>;
interface Props<T> {
  /** Form.Item's id: the first control takes it, so the field's label points at it. */
  id?: string;
  /** The field's label, naming the parts of the input. */
  label: string;
  value?: T;
  onChange?: (value: T) => void;
}

const ACADEMIC_TITLES = ['associate_professor', 'professor'] as const;
const yearInput = { min: 1900, max: 2100, controls: false } as const;

/** Quê quán: a Khánh Hòa commune from the catalog, or free text for a place elsewhere. */
export function HometownInput({ id, label, value = {}, onChange }: Props<Composite>) {
  const { t } = useDisplay();
  return (
    <Flex vertical gap={8}>
      <CatalogSelect
        id={id}
        catalog="communes"
        label={t('composite.hometownCommune', { field: label })}
        placeholder={t('composite.hometownCommunePlaceholder')}
        value={value.communeCode as string | undefined}
        onChange={(code) => onChange?.({ ...value, communeCode: code ?? undefined })}
      />
      <Input
        aria-label={t('composite.hometownText', { field: label })}
        placeholder={t('composite.hometownTextPlaceholder')}
        value={(value.text as string | undefined) ?? ''}
        onChange={(event) => onChange?.({ ...value, text: event.target.value })}
      />
    </Flex>
  );
}

/** Học hàm: Phó giáo sư or Giáo sư, with the year it was conferred. */
export function AcademicTitleInput({ id, label, value = {}, onChange }: Props<Composite>) {
  const { t } = useDisplay();
  return (
    <Flex gap={8} wrap>
      <Select
        id={id}
        aria-label={label}
        allowClear
        style={{ flex: '2 1 160px', minWidth: 0 }}
        value={value.code as string | undefined}
        options={ACADEMIC_TITLES.map((code) => ({ value: code, label: t(`academicTitles.${code}`) }))}
        onChange={(code?: string) => onChange?.({ ...value, code })}
      />
      <InputNumber
        {...yearInput}
        aria-label={t('composite.titleYear', { field: label })}
        placeholder={t('composite.year')}
        style={{ flex: '1 1 100px' }}
        value={(value.year as number | null | undefined) ?? null}
        onChange={(year) => onChange?.({ ...value, year })}
      />
    </Flex>
  );
}

/** Danh hiệu: any number of honorary titles from the catalog, each with its year if known. */
export function HonoraryTitlesInput({ id, label, value = [], onChange }: Props<Composite[]>) {
  const { t } = useDisplay();
  const change = (index: number, title: Composite) =>
    onChange?.(value.map((current, at) => (at === index ? title : current)));
  return (
    <Flex vertical gap={8} id={id} role="group" aria-label={label}>
      {value.map((title, index) => (
        <Flex key={index} gap={8} wrap align="center">
          <div style={{ flex: '2 1 200px', minWidth: 0 }}>
            <CatalogSelect
              catalog="honorary-titles"
              label={t('composite.honoraryTitle', { n: index + 1 })}
              value={title.code as string | undefined}
              onChange={(code) => change(index, { ...title, code: code ?? undefined })}
            />
          </div>
          <InputNumber
            {...yearInput}
            aria-label={t('composite.honoraryYear', { n: index + 1 })}
            placeholder={t('composite.year')}
            style={{ flex: '1 1 90px' }}
            value={(title.year as number | null | undefined) ?? null}
            onChange={(year) => change(index, { ...title, year })}
          />
          <Button onClick={() => onChange?.(value.filter((_, at) => at !== index))}>
            {t('composite.removeHonorary', { n: index + 1 })}
          </Button>
        </Flex>
      ))}
      <div>
        <Button onClick={() => onChange?.([...value, {}])}>{t('composite.addHonorary')}</Button>
      </div>
    </Flex>
  );
}

/** Ngạch, bậc: a civil-service rank from the catalog and the grade within it. */
export function CivilServiceInput({ id, label, value = {}, onChange }: Props<Composite>) {
  const { t } = useDisplay();
  return (
    <Flex gap={8} wrap>
      <div style={{ flex: '2 1 200px', minWidth: 0 }}>
        <CatalogSelect
          id={id}
          catalog="civil-service-ranks"
          label={t('composite.rank', { field: label })}
          value={value.rankCode as string | undefined}
          onChange={(rankCode) => onChange?.({ ...value, rankCode: rankCode ?? undefined })}
        />
      </div>
      <Input
        aria-label={t('composite.grade', { field: label })}
        placeholder={t('composite.gradePlaceholder')}
        style={{ flex: '1 1 90px' }}
        value={(value.grade as string | undefined) ?? ''}
        onChange={(event) => onChange?.({ ...value, grade: event.target.value })}
      />
    </Flex>
  );
}

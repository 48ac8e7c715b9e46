import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { CatalogLabel } from '../../features/catalog/CatalogSelect';
import { FIELD_INPUTS, sameValue, type InputSpec, type ShownField } from './fact-inputs';
import { useEnumLabel } from './labels';

type Shape = InputSpec | { kind: 'hometown' | 'honoraryTitles' | 'civilService' | 'overseasInfo' };

/** How a top-level fact is shown: as its input, or (for facts without one) by its own shape. */
export function shapeOf(field: ShownField): Shape {
  return (
    FIELD_INPUTS[field] ?? { kind: field as 'hometown' | 'honoraryTitles' | 'civilService' | 'overseasInfo' }
  );
}

/** A fact as the person reads it: names instead of codes, dd/mm/yyyy dates, "not recorded" for nothing. */
export function FactValue({ shape, value }: { shape: Shape; value: unknown }) {
  const { t } = useTranslation('me');
  const label = useEnumLabel();
  if (sameValue(value, null) || value === '')
    return <Typography.Text type="secondary">{t('fact.empty')}</Typography.Text>;
  switch (shape.kind) {
    case 'enum':
      return <>{label(shape.values, value as string)}</>;
    case 'date':
      return <>{formatDate(value as string)}</>;
    case 'tags':
      return <>{(value as string[]).join(', ')}</>;
    case 'catalog':
      return (
        <>
          {([] as string[]).concat(value as string | string[]).map((code, index) => (
            <span key={code}>
              {index > 0 && ', '}
              <CatalogLabel catalog={shape.catalog} code={code} />
            </span>
          ))}
        </>
      );
    case 'academicTitle': {
      const title = value as Schemas['AcademicTitleDto'];
      return <>{t('fact.titleWithYear', { title: label('academicTitle', title.code), year: title.year })}</>;
    }
    case 'hometown': {
      const hometown = value as Schemas['HometownDto'];
      return hometown.communeCode ? (
        <CatalogLabel catalog="communes" code={hometown.communeCode} />
      ) : (
        <>{hometown.text}</>
      );
    }
    case 'honoraryTitles':
      return (
        <>
          {(value as Schemas['HonoraryTitleDto'][]).map((title, index) => (
            <span key={title.code}>
              {index > 0 && ', '}
              <CatalogLabel catalog="honorary-titles" code={title.code} />
              {title.year ? ` (${title.year})` : ''}
            </span>
          ))}
        </>
      );
    case 'civilService': {
      const rank = value as Schemas['CivilServiceDto'];
      return (
        <>
          <CatalogLabel catalog="civil-service-ranks" code={rank.rankCode} />
          {rank.grade ? ` · ${rank.grade}` : ''}
        </>
      );
    }
    case 'overseasInfo': {
      const info = value as Schemas['OverseasInfoDto'];
      return (
        <>
          {info.willingToContribute ? t('fact.willing') : t('fact.notWilling')}
          {info.topics?.length ? ` · ${info.topics.join(', ')}` : ''}
        </>
      );
    }
    case 'number':
      return <>{String(value)}</>;
    case 'text':
    case 'textarea':
    case 'email':
      return <span style={{ whiteSpace: 'pre-wrap' }}>{value as string}</span>;
  }
}

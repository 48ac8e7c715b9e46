import { useTranslation } from 'react-i18next';
import type { CriterionValues } from './campaign-form';

/** A criterion in one line, in the reader's language: its kind and the parameters that kind takes. */
export function useCriterionText() {
  const { t } = useTranslation(['honors', 'public']);
  const levelName = (level: string) =>
    t(
      `public:${level === 'professor' || level === 'associate_professor' ? 'academicTitle' : 'degree'}.${level}` as 'public:degree.doctorate',
    );
  return (criterion: CriterionValues): string => {
    const kind = t(`honors:criteria.${criterion.kind!}`);
    const detail = (() => {
      switch (criterion.kind) {
        case 'min_degree_or_title':
          return t('honors:describe.level', { level: levelName(criterion.level ?? '') });
        case 'publications':
          return t('honors:describe.publications', {
            classes: (criterion.indexClasses ?? [])
              .map((value) => t(`public:indexClass.${value}` as 'public:indexClass.SCIE'))
              .join(', '),
            n: criterion.minCount ?? '',
            years: criterion.withinYears ?? '',
          });
        case 'patents_or_utility_solutions':
          return t('honors:describe.minCount', { n: criterion.minCount ?? '' });
        case 'research_projects':
          return t('honors:describe.projects', {
            level: t(`public:projectLevel.${criterion.level}` as 'public:projectLevel.national'),
            n: criterion.minCount ?? '',
          });
        case 'declaration':
          return criterion.declarationText;
        case 'resides_or_works_in_province':
        case 'active':
        case 'not_previously_honored':
        case undefined:
          return undefined;
      }
    })();
    return detail ? `${kind}: ${detail}` : kind;
  };
}

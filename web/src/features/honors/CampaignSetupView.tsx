import { Descriptions, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { CampaignValues, ScoringValues } from './campaign-form';
import { useCriterionText } from './use-criterion-text';

/** A campaign's setup read-only: the stored one on its page, or a user's unsaved values after a conflict. */
export function CampaignSetupView({ setup, organizer }: { setup: CampaignValues; organizer: string }) {
  const { t } = useTranslation('honors');
  const criterionText = useCriterionText();
  // on a phone the labels go above their values: beside them they wrap a word a line
  const wide = Grid.useBreakpoint().sm ?? true;
  const none = t('detail.none');
  const list = (items: string[]) =>
    items.length ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      none
    );
  const scoringText = (scoring: ScoringValues | undefined) => {
    if (!scoring?.criteria.length) return t('scoring.none');
    const named = new Map(scoring.criteria.map((criterion) => [criterion.code, criterion.name]));
    const rule = (code: string) =>
      code.startsWith('criterion:')
        ? t('scoring.tieBreakCriterion', { name: named.get(code.slice(10)) ?? code.slice(10) })
        : t(`scoring.tieBreaks.${code as 'score_count'}`);
    return list([
      ...scoring.criteria.map((criterion) =>
        t('scoring.criterion', {
          name: criterion.name ?? '',
          code: criterion.code ?? '',
          weight: criterion.weight ?? 1,
        }),
      ),
      t('scoring.summary', {
        min: scoring.scale.min ?? 0,
        max: scoring.scale.max ?? 100,
        method: t(`scoring.methods.${scoring.method ?? 'mean'}`),
      }),
      ...(scoring.tieBreak.length
        ? [t('scoring.tieBreakOrder', { rules: scoring.tieBreak.map(rule).join('; ') })]
        : []),
      ...scoring.thresholds.flatMap((minScore, index) =>
        minScore === null || minScore === undefined
          ? []
          : [t('scoring.thresholdOf', { number: index + 1, minScore })],
      ),
    ]);
  };
  return (
    <Descriptions
      bordered
      column={1}
      layout={wide ? 'horizontal' : 'vertical'}
      size="small"
      items={[
        { key: 'kind', label: t('columns.kind'), children: setup.kind ? t(`kinds.${setup.kind}`) : none },
        { key: 'title', label: t('columns.title'), children: setup.title },
        { key: 'year', label: t('columns.year'), children: setup.year },
        { key: 'organizer', label: t('detail.organizer'), children: organizer },
        {
          key: 'nominations',
          label: t('detail.nominations'),
          children: t('dateRange', {
            from: formatDate(setup.nominationsOpen),
            to: formatDate(setup.nominationsClose),
          }),
        },
        { key: 'ceremony', label: t('detail.ceremony'), children: formatDate(setup.ceremonyDate) || none },
        {
          key: 'self',
          label: t('detail.selfNomination'),
          children: setup.allowsSelfNomination ? t('detail.yes') : t('detail.no'),
        },
        { key: 'categories', label: t('form.categories'), children: list(setup.categories) },
        {
          key: 'prizes',
          label: t('form.prizeLevels'),
          children: list(
            setup.prizeLevels.map((level) =>
              t('detail.quota', { name: level.name ?? '', code: level.code ?? '', quota: level.quota ?? 0 }),
            ),
          ),
        },
        {
          key: 'rounds',
          label: t('form.rounds'),
          children: list(
            setup.rounds.map((round, index) =>
              t('detail.round', {
                number: index + 1,
                name: round.name ?? '',
                deadline: formatDate(round.deadline),
              }),
            ),
          ),
        },
        {
          key: 'criteria',
          label: t('form.criteria'),
          children: setup.criteria.length ? list(setup.criteria.map(criterionText)) : t('detail.noCriteria'),
        },
        { key: 'scoring', label: t('scoring.title'), children: scoringText(setup.scoring) },
      ]}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useCatalog } from '../catalog/use-catalog';
import type { Candidate } from './panels-api';

/** The requested fields the candidate covers (or only touches through a sibling field). */
export function FieldsCovered({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation('panels');
  const fields = useCatalog('fields');
  if (!candidate.fieldsCovered.length && !candidate.fieldsNear.length) return <>{t('candidates.noField')}</>;
  return (
    <>
      {candidate.fieldsCovered.map(fields.nameOf).join('; ')}
      {candidate.fieldsNear.length > 0 && (
        <div>
          {t('candidates.fieldsNear', { fields: candidate.fieldsNear.map(fields.nameOf).join('; ') })}
        </div>
      )}
    </>
  );
}

/** Active panels over the last 12 months against the limit M. */
export function PanelLoad({ load }: { load: Candidate['load'] }) {
  const { t } = useTranslation('panels');
  return (
    <>
      {t('load.value', { active: load.activePanels, max: load.maxActivePanels })}
      {load.limitReached && <div>{t('load.full')}</div>}
    </>
  );
}

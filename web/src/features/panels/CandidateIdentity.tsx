import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Candidate } from './panels-api';

/** Who the candidate is: the name (a link to the profile), title and degree, position and organization. */
export function CandidateIdentity({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation(['panels', 'officer']);
  const standing = [
    candidate.academicTitle &&
      t(`officer:academicTitles.${candidate.academicTitle}` as 'officer:academicTitles.professor'),
    candidate.highestDegree && t(`officer:degrees.${candidate.highestDegree}` as 'officer:degrees.master'),
  ].filter(Boolean);
  const work = [candidate.position, candidate.organizationName].filter(Boolean);
  return (
    <div>
      <Link to={`/people/${candidate.intellectualId}`}>{candidate.fullName}</Link>
      {standing.length > 0 && <div>{standing.join(', ')}</div>}
      {work.length > 0 && <Typography.Text type="secondary">{work.join(', ')}</Typography.Text>}
    </div>
  );
}

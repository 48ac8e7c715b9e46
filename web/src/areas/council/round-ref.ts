import { useParams } from 'react-router';
import type { RoundRef } from '../../features/scoring/scoring-api';

/** The campaign and round of a /council/campaigns/:id/rounds/:round page. */
export function useRoundRef(): RoundRef & { base: string } {
  const { id = '', round = '' } = useParams();
  const number = Number(round);
  return {
    campaignId: id,
    round: Number.isInteger(number) && number > 0 ? number : 1,
    base: `/council/campaigns/${id}/rounds/${round}`,
  };
}

import { PageQuery } from '../../common/pagination/page';
import { CalendarDate, Text } from '../../common/validation/fields';

/** The decision that awards a campaign's results (its number as issued, e.g. 123/QĐ-LHH, and its date). */
export class CampaignDecisionDto {
  @Text(1, 100, { description: 'The decision’s number as issued', example: '125/QĐ-LHH' })
  decisionNumber: string;
  @CalendarDate({ description: 'The decision’s date' }) decisionDate: string;
}

export class PublicCampaignQuery extends PageQuery {}

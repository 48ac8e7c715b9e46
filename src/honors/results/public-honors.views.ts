import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/api-docs';
import { CAMPAIGN_KINDS, CampaignKind } from '../campaigns/honor-campaign.entity';

export class PublicPrizeLevelCount {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) honorees: number;
}

/** A published campaign as anyone may read it. */
export class PublicHonorCampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS, enumName: 'CampaignKind' }) kind: CampaignKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() organizerName: string;
  @ApiProperty() decisionNumber: string;
  @ApiProperty({ format: 'date' }) decisionDate: string;
  @ApiProperty({ type: 'integer' }) honorees: number;
  @ApiProperty({ type: [PublicPrizeLevelCount], description: 'Per prize level, in the campaign’s order' })
  levels: PublicPrizeLevelCount[];
}

export const PublicHonorCampaignPage = PageOf(PublicHonorCampaignView);

/** An honoree who consented to a public profile: their public name and organization, and its link. */
export class PublicHonoreeView {
  @ApiProperty({ format: 'uuid', description: 'The public profile’s id (GET /directory/{id})' })
  profileId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
}

export class PublicHonoreeLevelView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [PublicHonoreeView], description: 'In the final round’s rank order' })
  honorees: PublicHonoreeView[];
  @ApiProperty({
    type: 'integer',
    description: 'Honorees at this level without a public profile: counted, never named',
  })
  otherHonorees: number;
}

export class PublicHonoreesView {
  @ApiProperty({ type: PublicHonorCampaignView }) campaign: PublicHonorCampaignView;
  @ApiProperty({ type: [PublicHonoreeLevelView] }) levels: PublicHonoreeLevelView[];
}

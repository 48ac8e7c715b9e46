import { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign's scoring definition (issue 13, "Review"): criteria, scale, method, tie-breaks, thresholds. */
export class CampaignScoring1796282000000 implements MigrationInterface {
  name = 'CampaignScoring1796282000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "honor_campaign" ADD "scoring" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "honor_campaign" DROP COLUMN "scoring"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A file attached with a member's opinion link has no account behind it: created_by is then null
 * (the audit entry names the member's seat).
 */
export class OpinionLinks1796260000000 implements MigrationInterface {
  name = 'OpinionLinks1796260000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_opinion_file" ALTER COLUMN "created_by" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "panel_opinion_file" WHERE "created_by" IS NULL`);
    await queryRunner.query(`ALTER TABLE "panel_opinion_file" ALTER COLUMN "created_by" SET NOT NULL`);
  }
}

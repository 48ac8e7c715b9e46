import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an accepted member was reminded to send their opinion before the deadline: kept apart from
 * reminder_sent_at (the invitation's reminder), and set by the UPDATE that claims the reminder.
 */
export class OpinionReminders1796250000000 implements MigrationInterface {
  name = 'OpinionReminders1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD "opinion_reminder_sent_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_member" DROP COLUMN "opinion_reminder_sent_at"`);
  }
}

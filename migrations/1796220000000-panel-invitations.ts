import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to a panel, kept on the member: when it was sent and answered, the no-conflict
 * declaration as shown, a conflict the expert declared instead, a decline's reason, and when the
 * reminder went out (the conditional UPDATE that claims it makes the reminder job idempotent).
 */
export class PanelInvitations1796220000000 implements MigrationInterface {
  name = 'PanelInvitations1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD "invited_at" TIMESTAMP WITH TIME ZONE, ADD "invited_by" uuid, ADD "answered_at" TIMESTAMP WITH TIME ZONE, ADD "declaration_text" text, ADD "declared_conflict" text, ADD "decline_reason" text, ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "panel_member" DROP COLUMN "reminder_sent_at", DROP COLUMN "decline_reason", DROP COLUMN "declared_conflict", DROP COLUMN "declaration_text", DROP COLUMN "answered_at", DROP COLUMN "invited_by", DROP COLUMN "invited_at"`,
    );
  }
}

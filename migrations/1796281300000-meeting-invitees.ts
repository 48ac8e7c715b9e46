import { MigrationInterface, QueryRunner } from 'typeorm';

/** The yearly meeting's invitation list (issue 13): who is listed, what was sent, each answer. */
export class MeetingInvitees1796281300000 implements MigrationInterface {
  name = 'MeetingInvitees1796281300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_invitee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "intellectual_id" uuid NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by" uuid, "mail_message_id" uuid, "place" text, "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answer_note" text, CONSTRAINT "meeting_invitee_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_invitee_campaign_person_key" ON "meeting_invitee" ("campaign_id", "intellectual_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "honor_campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_intellectual_fkey" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_invitee"`);
  }
}

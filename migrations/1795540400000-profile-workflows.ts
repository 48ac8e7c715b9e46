import { MigrationInterface, QueryRunner } from 'typeorm';

/** Correction requests and one-time profile invitations (issue 3). */
export class ProfileWorkflows1795540400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "correction_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "requested_by" uuid, "changes" jsonb NOT NULL DEFAULT '{}', "parts" jsonb NOT NULL DEFAULT '[]', "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "decision_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f27fae3589d868eb5ebd6f6425d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "correction_request_intellectual_idx" ON "correction_request"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "correction_request_status_idx" ON "correction_request"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profile_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "code_hash" text NOT NULL, "email" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, "account_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b42c316adb5f252e5c4e38e3c00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "profile_invitation_intellectual_idx" ON "profile_invitation"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "profile_invitation_code_key" ON "profile_invitation"  ("code_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_request" ADD CONSTRAINT "FK_04a8c1a38d6ff09a6e630772bd8" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profile_invitation" ADD CONSTRAINT "FK_a6ec90d23f4a267c7d2c1bafc24" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profile_invitation" DROP CONSTRAINT "FK_a6ec90d23f4a267c7d2c1bafc24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "correction_request" DROP CONSTRAINT "FK_04a8c1a38d6ff09a6e630772bd8"`,
    );
    await queryRunner.query(`DROP INDEX "public"."profile_invitation_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."profile_invitation_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "profile_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."correction_request_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."correction_request_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "correction_request"`);
  }
}

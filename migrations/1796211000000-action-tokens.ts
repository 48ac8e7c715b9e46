import { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use tokens for links in mail (see ActionTokens); only their SHA-256 is stored. */
export class ActionTokens1796211000000 implements MigrationInterface {
  name = 'ActionTokens1796211000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "purpose" text NOT NULL, "subject_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_token_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "action_token_token_hash_key" ON "action_token" ("token_hash") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."action_token_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "action_token"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Browser sessions behind the `tkh_session` cookie (see SessionService). */
export class Sessions1796180000000 implements MigrationInterface {
  name = 'Sessions1796180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(200), CONSTRAINT "session_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "session_token_hash_key" ON "session" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "session_account_idx" ON "session" ("account_id") `);
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "session_account_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "session_account_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."session_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."session_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "session"`);
  }
}

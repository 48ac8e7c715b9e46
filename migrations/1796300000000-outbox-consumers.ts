import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One outbox row per consumer of a change (outbox-consumers.ts), so each consumer completes, retries
 * and parks its own rows. Every row queued so far was search's.
 */
export class OutboxConsumers1796300000000 implements MigrationInterface {
  name = 'OutboxConsumers1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "consumer" text`);
    await queryRunner.query(`UPDATE "outbox_event" SET "consumer" = 'search'`);
    await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "consumer" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event" ("consumer", "available_at") WHERE parked_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(`DELETE FROM "outbox_event" WHERE "consumer" <> 'search'`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "consumer"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event" ("available_at") WHERE parked_at IS NULL`,
    );
  }
}

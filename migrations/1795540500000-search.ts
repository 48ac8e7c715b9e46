import { MigrationInterface, QueryRunner } from 'typeorm';

/** Bookkeeping of the search index: settings version, identity of the live index, rebuild in progress. */
export class Search1795540500000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_index_state" ("name" text NOT NULL, "settings_hash" text, "index_created_at" text, "building_uid" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e66b83c7c17c15e75c8ae607116" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_index_state"`);
  }
}

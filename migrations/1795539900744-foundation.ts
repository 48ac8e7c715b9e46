import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, the append-only audit log, reference catalogs and organizations. */
export class Foundation1795539900744 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; this wrapper pins the dictionary so indexes and filters can use it.
    await queryRunner.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN public.unaccent('public.unaccent'::regdictionary, $1)`);

    await queryRunner.query(`
      CREATE TABLE "account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "password_hash" text NOT NULL,
        "display_name" text NOT NULL,
        "roles" text array NOT NULL,
        "intellectual_id" uuid,
        "disabled_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"),
        CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id")
      )`);

    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" BIGSERIAL NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_account_id" uuid,
        "actor_email" text,
        "action" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" text NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "purpose" text,
        "request_id" text,
        CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("entity_type", "entity_id", "at")`,
    );
    // The audit log is append-only, whatever the application does.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    await queryRunner.query(`
      CREATE TABLE "catalog_entry" (
        "catalog" text NOT NULL,
        "code" text NOT NULL,
        "parent_code" text,
        "level" smallint NOT NULL DEFAULT '1',
        "name_vi" text NOT NULL,
        "name_en" text,
        "attributes" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "sort_order" integer NOT NULL DEFAULT '0',
        CONSTRAINT "PK_1daee33f5f0745b2181990319ca" PRIMARY KEY ("catalog", "code")
      )`);
    await queryRunner.query(
      `CREATE INDEX "catalog_entry_parent_idx" ON "catalog_entry" ("catalog", "parent_code")`,
    );

    await queryRunner.query(`
      CREATE TABLE "organization" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name_vi" text NOT NULL,
        "name_en" text,
        "short_name" text,
        "sector" text NOT NULL,
        "commune_code" text,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_cfe0db9994de2c66c59481c883a" UNIQUE ("name_vi"),
        CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TABLE "catalog_entry"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP FUNCTION f_unaccent`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The intellectual profile aggregate, its parts, and the search outbox. */
export class Intellectuals1795540291767 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "name" text NOT NULL, "prize_code" text, "level" text, "issuer" text, "year" smallint, CONSTRAINT "PK_e887e4e69663925ebb60d3a7775" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "award_intellectual_idx" ON "award"  ("intellectual_id") `);
    await queryRunner.query(
      `CREATE TABLE "education" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "level" text NOT NULL, "field_code" text, "major" text, "institution" text NOT NULL, "country_code" character(2), "year" smallint, CONSTRAINT "PK_bf3d38701b3030a8ad634d43bd6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "education_intellectual_idx" ON "education"  ("intellectual_id") `);
    await queryRunner.query(
      `CREATE TABLE "employment" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "organization_id" uuid, "organization_name" text, "position" text, "from_year" smallint, "to_year" smallint, CONSTRAINT "PK_80e1cceae89697b78db5c953776" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "employment_intellectual_idx" ON "employment"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intellectual_property" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "number" text, "issuer" text, "year" smallint, "status" text, CONSTRAINT "PK_74303e4e8d1f7b42825b043dd91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "intellectual_property_intellectual_idx" ON "intellectual_property"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "organization_id" uuid, "association_name" text, "role" text, "from_year" smallint, "to_year" smallint, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "membership_intellectual_idx" ON "membership"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "publication" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "title" text NOT NULL, "year" smallint NOT NULL, "venue" text, "issn" text, "isbn" text, "doi" text, "index_class" text NOT NULL, "author_role" text, "co_authors" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "publication_intellectual_idx" ON "publication"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "relation" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "related_intellectual_id" uuid NOT NULL, "kind" text NOT NULL, "from_year" smallint, "to_year" smallint, "note" text, CONSTRAINT "PK_f241e9a7450751f8703be09c9e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "relation_intellectual_idx" ON "relation"  ("intellectual_id") `);
    await queryRunner.query(
      `CREATE TABLE "research_project" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "code" text, "title" text NOT NULL, "level" text NOT NULL, "role" text, "start_year" smallint, "end_year" smallint, "outcome" text, CONSTRAINT "PK_d89976c5965af53fb5375851c81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "research_project_intellectual_idx" ON "research_project"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supervision" ("source" text NOT NULL, "verification_status" text NOT NULL DEFAULT 'unverified', "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "intellectual_id" uuid NOT NULL, "student_name" text NOT NULL, "thesis_title" text, "level" text NOT NULL, "year" smallint, CONSTRAINT "PK_b5d162a80314f2d5e9e1cf712a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_intellectual_idx" ON "supervision"  ("intellectual_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intellectual" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "other_names" text array NOT NULL DEFAULT '{}', "gender" text, "birth_date" date, "ethnic_group_code" text, "national_id" text, "hometown" jsonb, "disability" text, "home_address" text, "commune_code" text, "province_name" text, "country_code" character(2) NOT NULL DEFAULT 'VN', "email" text, "phone" text, "biography" text, "expertise" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "primary_field_code" text, "field_codes" text array NOT NULL DEFAULT '{}', "academic_title" jsonb, "honorary_titles" jsonb NOT NULL DEFAULT '[]', "organization_id" uuid, "organization_name" text, "position" text, "sector" text, "civil_service" jsonb, "status" text NOT NULL DEFAULT 'active', "overseas_info" jsonb, "public_profile" boolean NOT NULL DEFAULT false, "public_profile_consented_at" TIMESTAMP WITH TIME ZONE, "provenance" jsonb NOT NULL DEFAULT '{}', "merged_into_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4ae0b839781651c40f805fa17a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "intellectual_organization_idx" ON "intellectual"  ("organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "intellectual_commune_idx" ON "intellectual"  ("commune_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "intellectual_national_id_key" ON "intellectual"  ("national_id") WHERE national_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "parked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event"  ("available_at") WHERE parked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_intellectual_key" ON "account"  ("intellectual_id") WHERE intellectual_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "award" ADD CONSTRAINT "FK_7e69740d8200597d264ee433af2" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "education" ADD CONSTRAINT "FK_642e63ae76b6996380e23cdbf18" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment" ADD CONSTRAINT "FK_34acc2fa3695b900e90024da311" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intellectual_property" ADD CONSTRAINT "FK_e4911a2920f16b464ddd33c6b34" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_3711ce009a40041f153bfd2da40" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication" ADD CONSTRAINT "FK_efa1c0c07b0fd9a657b9e753a28" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relation" ADD CONSTRAINT "FK_57e400289c387aed38f7cbe1d7d" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relation" ADD CONSTRAINT "FK_1ddccde6816d4ed2ab0d8105b6f" FOREIGN KEY ("related_intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_project" ADD CONSTRAINT "FK_1fa1b489daccbf478dc01ad5941" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision" ADD CONSTRAINT "FK_42d930faa815c83f6efd6f31d3d" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_66a12258affabd8ce2131083a37" FOREIGN KEY ("intellectual_id") REFERENCES "intellectual"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_66a12258affabd8ce2131083a37"`);
    await queryRunner.query(`ALTER TABLE "supervision" DROP CONSTRAINT "FK_42d930faa815c83f6efd6f31d3d"`);
    await queryRunner.query(
      `ALTER TABLE "research_project" DROP CONSTRAINT "FK_1fa1b489daccbf478dc01ad5941"`,
    );
    await queryRunner.query(`ALTER TABLE "relation" DROP CONSTRAINT "FK_1ddccde6816d4ed2ab0d8105b6f"`);
    await queryRunner.query(`ALTER TABLE "relation" DROP CONSTRAINT "FK_57e400289c387aed38f7cbe1d7d"`);
    await queryRunner.query(`ALTER TABLE "publication" DROP CONSTRAINT "FK_efa1c0c07b0fd9a657b9e753a28"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_3711ce009a40041f153bfd2da40"`);
    await queryRunner.query(
      `ALTER TABLE "intellectual_property" DROP CONSTRAINT "FK_e4911a2920f16b464ddd33c6b34"`,
    );
    await queryRunner.query(`ALTER TABLE "employment" DROP CONSTRAINT "FK_34acc2fa3695b900e90024da311"`);
    await queryRunner.query(`ALTER TABLE "education" DROP CONSTRAINT "FK_642e63ae76b6996380e23cdbf18"`);
    await queryRunner.query(`ALTER TABLE "award" DROP CONSTRAINT "FK_7e69740d8200597d264ee433af2"`);
    await queryRunner.query(`DROP INDEX "public"."account_intellectual_key"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP INDEX "public"."intellectual_national_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."intellectual_commune_idx"`);
    await queryRunner.query(`DROP INDEX "public"."intellectual_organization_idx"`);
    await queryRunner.query(`DROP TABLE "intellectual"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "supervision"`);
    await queryRunner.query(`DROP INDEX "public"."research_project_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "research_project"`);
    await queryRunner.query(`DROP INDEX "public"."relation_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "relation"`);
    await queryRunner.query(`DROP INDEX "public"."publication_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "publication"`);
    await queryRunner.query(`DROP INDEX "public"."membership_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."intellectual_property_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "intellectual_property"`);
    await queryRunner.query(`DROP INDEX "public"."employment_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "employment"`);
    await queryRunner.query(`DROP INDEX "public"."education_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "education"`);
    await queryRunner.query(`DROP INDEX "public"."award_intellectual_idx"`);
    await queryRunner.query(`DROP TABLE "award"`);
  }
}

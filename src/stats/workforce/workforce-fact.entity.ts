import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One person's statistical facts over a time interval [validFrom, validTo): the registry's history
 * in the shape the breakdowns count, so "the registry as it stood on a date" is a range condition
 * and today's figures read the open rows only. Kept by the workforce outbox consumer
 * (WorkforceRefresher) from the profile summary; a person whose facts change gets their open row
 * closed and a new one opened. Restricted attributes appear only as the aggregate flags the
 * sensitive dimensions count (ethnic minority, disability) and the birth year the age bands need.
 */
@Entity('workforce_fact')
@Index('workforce_fact_open_key', ['intellectualId'], { unique: true, where: 'valid_to IS NULL' })
@Index('workforce_fact_person_idx', ['intellectualId', 'validFrom'])
export class WorkforceFact {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  /** null: the person's current facts. */
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo: Date | null;

  /** The level-1 field of the primary field (the summary's primary_field_root). */
  @Column({ name: 'field_root', type: 'text', nullable: true })
  fieldRoot: string | null;

  /** The level-2 field on the primary field's path (null when the primary field is level 1). */
  @Column({ name: 'field_level2', type: 'text', nullable: true })
  fieldLevel2: string | null;

  @Column({ name: 'highest_degree', type: 'text', nullable: true })
  highestDegree: string | null;

  @Column({ name: 'academic_title', type: 'text', nullable: true })
  academicTitle: string | null;

  @Column({ name: 'commune_code', type: 'text', nullable: true })
  communeCode: string | null;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text' })
  status: string;

  /** The country of residence when it is not Viet Nam. */
  @Column({ name: 'overseas_country', type: 'text', nullable: true })
  overseasCountry: string | null;

  /** Hometown in a Khánh Hòa commune, living in another province or abroad. */
  @Column({ name: 'origin_elsewhere', type: 'boolean' })
  originElsewhere: boolean;

  /** From the ethnic-groups catalog; null when the ethnic group is not recorded. */
  @Column({ name: 'ethnic_minority', type: 'boolean', nullable: true })
  ethnicMinority: boolean | null;

  @Column({ type: 'boolean' })
  disability: boolean;
}

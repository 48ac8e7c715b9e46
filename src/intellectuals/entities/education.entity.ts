import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const DEGREE_LEVELS = [
  'bachelor',
  'engineer',
  'master',
  'doctorate',
  'doctor_of_science',
  'specialist_1',
  'specialist_2',
  'resident',
] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

@Entity('education')
@Index('education_intellectual_idx', ['intellectualId'])
export class Education extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.educations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  level: DegreeLevel;

  @Column({ name: 'field_code', type: 'text', nullable: true })
  fieldCode: string | null;

  @Column({ type: 'text', nullable: true })
  major: string | null;

  @Column({ type: 'text' })
  institution: string;

  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;
}

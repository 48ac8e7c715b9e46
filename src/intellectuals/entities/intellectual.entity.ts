import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Sector } from '../../catalog';
import type { FactGroup, Provenance } from './provenance';
import { Award } from './award.entity';
import { Education } from './education.entity';
import { Employment } from './employment.entity';
import { IntellectualProperty } from './intellectual-property.entity';
import { Membership } from './membership.entity';
import { Publication } from './publication.entity';
import { Relation } from './relation.entity';
import { ResearchProject } from './research-project.entity';
import { Supervision } from './supervision.entity';

/** The outbox aggregate type of a profile change: ProfileWriter enqueues it in the write's transaction. */
export const INTELLECTUAL_AGGREGATE = 'intellectual';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const STATUSES = ['active', 'retired', 'deceased'] as const;
export type IntellectualStatus = (typeof STATUSES)[number];
/** Vietnamese names, for people reading lists, facets and exports. */
export const GENDER_NAMES: Readonly<Record<Gender, string>> = { male: 'Nam', female: 'Nữ' };
export const STATUS_NAMES: Readonly<Record<IntellectualStatus, string>> = {
  active: 'Đang công tác',
  retired: 'Nghỉ hưu',
  deceased: 'Đã mất',
};
export const ACADEMIC_TITLES = ['associate_professor', 'professor'] as const;
export type AcademicTitleCode = (typeof ACADEMIC_TITLES)[number];

export interface Hometown {
  communeCode?: string;
  text?: string;
}
export interface AcademicTitle {
  code: AcademicTitleCode;
  year: number;
}
export interface HonoraryTitle {
  code: string;
  year?: number;
}
export interface CivilService {
  rankCode: string;
  grade?: string;
}
export interface OverseasInfo {
  willingToContribute: boolean;
  topics: string[];
  contactPreference?: string;
}

/** The profile aggregate root (trí thức). Attribute privacy classes: privacy/attribute-classes.ts. */
@Entity('intellectual')
@Index('intellectual_national_id_key', ['nationalId'], { unique: true, where: 'national_id IS NOT NULL' })
@Index('intellectual_commune_idx', ['communeCode'])
@Index('intellectual_organization_idx', ['organizationId'])
export class Intellectual {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'other_names', type: 'text', array: true, default: () => "'{}'" })
  otherNames: string[];

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'ethnic_group_code', type: 'text', nullable: true })
  ethnicGroupCode: string | null;

  @Column({ name: 'national_id', type: 'text', nullable: true })
  nationalId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  hometown: Hometown | null;

  @Column({ type: 'text', nullable: true })
  disability: string | null;

  @Column({ name: 'home_address', type: 'text', nullable: true })
  homeAddress: string | null;

  /** Residence: a Khánh Hòa commune, another province, or a country (not VN: overseas). */
  @Column({ name: 'commune_code', type: 'text', nullable: true })
  communeCode: string | null;

  @Column({ name: 'province_name', type: 'text', nullable: true })
  provinceName: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2, default: 'VN' })
  countryCode: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  biography: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'primary_field_code', type: 'text', nullable: true })
  primaryFieldCode: string | null;

  @Column({ name: 'field_codes', type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Column({ name: 'academic_title', type: 'jsonb', nullable: true })
  academicTitle: AcademicTitle | null;

  @Column({ name: 'honorary_titles', type: 'jsonb', default: () => "'[]'" })
  honoraryTitles: HonoraryTitle[];

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'organization_name', type: 'text', nullable: true })
  organizationName: string | null;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'text', nullable: true })
  sector: Sector | null;

  @Column({ name: 'civil_service', type: 'jsonb', nullable: true })
  civilService: CivilService | null;

  @Column({ type: 'text', default: 'active' })
  status: IntellectualStatus;

  @Column({ name: 'overseas_info', type: 'jsonb', nullable: true })
  overseasInfo: OverseasInfo | null;

  /** Consent to a public profile in the directory (explicit, never pre-ticked). */
  @Column({ name: 'public_profile', type: 'boolean', default: false })
  publicProfile: boolean;

  @Column({ name: 'public_profile_consented_at', type: 'timestamptz', nullable: true })
  publicProfileConsentedAt: Date | null;

  /** Provenance of each top-level fact group. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  provenance: Partial<Record<FactGroup, Provenance>>;

  /** Set when this record was merged into another (the survivor). */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;

  @OneToMany(() => Education, (part) => part.intellectual) educations: Education[];
  @OneToMany(() => Employment, (part) => part.intellectual) employments: Employment[];
  @OneToMany(() => Publication, (part) => part.intellectual) publications: Publication[];
  @OneToMany(() => IntellectualProperty, (part) => part.intellectual)
  intellectualProperties: IntellectualProperty[];
  @OneToMany(() => ResearchProject, (part) => part.intellectual) researchProjects: ResearchProject[];
  @OneToMany(() => Award, (part) => part.intellectual) awards: Award[];
  @OneToMany(() => Supervision, (part) => part.intellectual) supervisions: Supervision[];
  @OneToMany(() => Membership, (part) => part.intellectual) memberships: Membership[];
  @OneToMany(() => Relation, (part) => part.intellectual) relations: Relation[];
}

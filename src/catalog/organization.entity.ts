import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const SECTORS = [
  'state_agency',
  'public_service_unit',
  'university',
  'research_institute',
  'enterprise',
  'association',
  'overseas',
  'independent',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The outbox aggregate type of an organization change (create, rename…), enqueued in its transaction. */
export const ORGANIZATION_AGGREGATE = 'organization';

/** An employer or institution; editable by admins and personnel officers. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_vi', type: 'text', unique: true })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  sector: Sector;

  @Column({ name: 'commune_code', type: 'text', nullable: true })
  communeCode: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

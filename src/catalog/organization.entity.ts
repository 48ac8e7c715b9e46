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
/** Vietnamese names of the sectors, for people reading lists and facets. */
export const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  state_agency: 'Cơ quan nhà nước',
  public_service_unit: 'Đơn vị sự nghiệp công lập',
  university: 'Cơ sở giáo dục đại học',
  research_institute: 'Viện, trung tâm nghiên cứu',
  enterprise: 'Doanh nghiệp',
  association: 'Hội, hiệp hội',
  overseas: 'Làm việc ở nước ngoài',
  independent: 'Hoạt động độc lập',
};

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

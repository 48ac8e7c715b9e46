import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

@Entity('membership')
@Index('membership_intellectual_idx', ['intellectualId'])
export class Membership extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'association_name', type: 'text', nullable: true })
  associationName: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ name: 'from_year', type: 'smallint', nullable: true })
  fromYear: number | null;

  @Column({ name: 'to_year', type: 'smallint', nullable: true })
  toYear: number | null;
}

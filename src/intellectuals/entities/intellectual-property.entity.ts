import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const IP_KINDS = ['patent', 'utility_solution', 'industrial_design', 'plant_variety'] as const;
export type IpKind = (typeof IP_KINDS)[number];

export const IP_STATUSES = ['filed', 'granted', 'expired'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

@Entity('intellectual_property')
@Index('intellectual_property_intellectual_idx', ['intellectualId'])
export class IntellectualProperty extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.intellectualProperties, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  kind: IpKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  status: IpStatus | null;
}

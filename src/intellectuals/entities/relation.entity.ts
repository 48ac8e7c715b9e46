import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const RELATION_KINDS = [
  'family',
  'advisor_student',
  'business_partner',
  'colleague',
  'co_author',
  'other',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

@Entity('relation')
@Index('relation_intellectual_idx', ['intellectualId'])
export class Relation extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.relations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ name: 'related_intellectual_id', type: 'uuid' })
  relatedIntellectualId: string;

  @ManyToOne(() => Intellectual, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_intellectual_id' })
  relatedIntellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  kind: RelationKind;

  @Column({ name: 'from_year', type: 'smallint', nullable: true })
  fromYear: number | null;

  @Column({ name: 'to_year', type: 'smallint', nullable: true })
  toYear: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

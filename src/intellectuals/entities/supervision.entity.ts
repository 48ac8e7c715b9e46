import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const SUPERVISION_LEVELS = ['master', 'doctorate'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

@Entity('supervision')
@Index('supervision_intellectual_idx', ['intellectualId'])
export class Supervision extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.supervisions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ name: 'student_name', type: 'text' })
  studentName: string;

  @Column({ name: 'thesis_title', type: 'text', nullable: true })
  thesisTitle: string | null;

  @Column({ type: 'text' })
  level: SupervisionLevel;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const PROJECT_LEVELS = ['national', 'ministerial', 'provincial', 'grassroots'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

export const PROJECT_ROLES = ['lead', 'secretary', 'member'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

@Entity('research_project')
@Index('research_project_intellectual_idx', ['intellectualId'])
export class ResearchProject extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.researchProjects, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  level: ProjectLevel;

  @Column({ type: 'text', nullable: true })
  role: ProjectRole | null;

  @Column({ name: 'start_year', type: 'smallint', nullable: true })
  startYear: number | null;

  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}

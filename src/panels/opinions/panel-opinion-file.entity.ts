import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { StoredFileColumns } from '../../platform/storage/stored-file.columns';
import { PanelOpinion } from './panel-opinion.entity';

/**
 * A file attached to an opinion (PDF, DOCX or TXT, checked like request documents). The bytes live
 * in the file storage under `storageKey`; this row is their only owner.
 */
@Entity('panel_opinion_file')
@Index('panel_opinion_file_opinion_idx', ['opinionId', 'createdAt'])
@Index('panel_opinion_file_storage_key_key', ['storageKey'], { unique: true })
export class PanelOpinionFile extends StoredFileColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'panel_opinion_file_pkey' })
  id: string;

  @Column({ name: 'opinion_id', type: 'uuid' })
  opinionId: string;

  @ManyToOne(() => PanelOpinion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opinion_id', foreignKeyConstraintName: 'panel_opinion_file_opinion_fkey' })
  opinion?: Lazy<PanelOpinion>;

  /** The account that attached it; null when the member attached it with their opinion link. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

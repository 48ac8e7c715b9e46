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
import { PanelOpinion } from './panel-opinion.entity';

/**
 * A file attached to an opinion (PDF, DOCX or TXT, checked like request documents). The bytes live
 * in the file storage under `storageKey`; this row is their only owner.
 */
@Entity('panel_opinion_file')
@Index('panel_opinion_file_opinion_idx', ['opinionId', 'createdAt'])
export class PanelOpinionFile {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'panel_opinion_file_pkey' })
  id: string;

  @Column({ name: 'opinion_id', type: 'uuid' })
  opinionId: string;

  @ManyToOne(() => PanelOpinion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opinion_id', foreignKeyConstraintName: 'panel_opinion_file_opinion_fkey' })
  opinion?: Lazy<PanelOpinion>;

  /** The uploader's name for it (NFC, without any folder). */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** Detected from the bytes. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'character', length: 64 })
  sha256: string;

  @Index('panel_opinion_file_storage_key_key', { unique: true })
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** The account that attached it; null when the member attached it with their opinion link. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

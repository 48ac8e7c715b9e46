import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { StoredFileColumns } from '../../platform/storage/stored-file.columns';
import type { HonorNomination } from './nomination.entity';

/**
 * A file attached to a nomination (PDF, DOCX or TXT, checked like request documents): the work's
 * evidence, a unit's endorsement. The bytes live in the file storage under `storageKey`.
 */
@Entity('honor_nomination_file')
@Index('honor_nomination_file_nomination_idx', ['nominationId', 'createdAt'])
@Index('honor_nomination_file_storage_key_key', ['storageKey'], { unique: true })
export class HonorNominationFile extends StoredFileColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'honor_nomination_file_pkey' })
  id: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @ManyToOne('HonorNomination', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'honor_nomination_file_nomination_fkey' })
  nomination?: HonorNomination;

  /** The account that attached it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

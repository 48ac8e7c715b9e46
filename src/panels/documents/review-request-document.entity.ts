import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Account } from '../../accounts';
import { StoredFileColumns } from '../../platform/storage/stored-file.columns';
import type { ReviewRequest } from '../requests';
import type { TextStatus } from './extraction/text-extraction';

/**
 * A file attached to a review request (the proposal as PDF, DOCX or TXT), with the text read from it
 * for matching. The bytes live in the file storage under `storageKey`; this row is their only owner.
 */
@Entity('review_request_document')
@Index('review_request_document_request_idx', ['reviewRequestId', 'createdAt'])
@Index('review_request_document_storage_key_key', ['storageKey'], { unique: true })
export class ReviewRequestDocument extends StoredFileColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_request_document_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne('ReviewRequest', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'review_request_document_request_fkey' })
  request?: ReviewRequest;

  @Column({ name: 'text_status', type: 'text' })
  textStatus: TextStatus;

  /** NFC text for matching; null when the file has none (a scan). */
  @Column({ name: 'extracted_text', type: 'text', nullable: true })
  extractedText: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne('Account', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'review_request_document_created_by_fkey' })
  creator?: Account;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

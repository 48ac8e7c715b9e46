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
import type { ReviewRequest } from '../requests';
import type { TextStatus } from './extraction/text-extraction';

/**
 * A file attached to a review request (the proposal as PDF, DOCX or TXT), with the text read from it
 * for matching. The bytes live in the file storage under `storageKey`; this row is their only owner.
 */
@Entity('review_request_document')
@Index('review_request_document_request_idx', ['reviewRequestId', 'createdAt'])
export class ReviewRequestDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_request_document_pkey' })
  id: string;

  @Column({ name: 'review_request_id', type: 'uuid' })
  reviewRequestId: string;

  @ManyToOne('ReviewRequest', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'review_request_id', foreignKeyConstraintName: 'review_request_document_request_fkey' })
  request?: ReviewRequest;

  /** The name the uploader gave it (NFC, without any folder), shown and offered on download. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** What the bytes are, as detected from them (never the uploader's claim). */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Hex SHA-256 of the bytes. */
  @Column({ type: 'character', length: 64 })
  sha256: string;

  @Index('review_request_document_storage_key_key', { unique: true })
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

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

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ImportJob } from './import-job.entity';

/**
 * `error`: a failed cell; `conflict`: a fact that differs from the profile with the row's national
 * ID; `possible_duplicate`: the row may be a person already registered; `warning`: how a cell was
 * read (a former commune name, a formula without value); `review`: a verified fact the row gives
 * otherwise, kept as verified.
 */
export const ISSUE_KINDS = ['error', 'conflict', 'possible_duplicate', 'warning', 'review'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** Something to tell the officer about one row (or one of its cells). */
@Entity('import_row_issue')
@Index('import_row_issue_job_idx', ['jobId', 'kind', 'row'])
export class ImportRowIssue {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => ImportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job: Lazy<ImportJob>;

  @Column({ type: 'text' })
  kind: IssueKind;

  @Column({ type: 'integer' })
  row: number;

  /** The column header, or null for the row as a whole. */
  @Column({ type: 'text', nullable: true })
  column: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'message_vi', type: 'text' })
  messageVi: string;

  /** For a possible duplicate or a conflict: the existing records concerned. */
  @Column({ name: 'candidate_ids', type: 'uuid', array: true, default: () => "'{}'" })
  candidateIds: string[];
}

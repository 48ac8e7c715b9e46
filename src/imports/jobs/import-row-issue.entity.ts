import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { ImportJob } from './import-job.entity';

export const ISSUE_KINDS = ['error', 'possible_duplicate'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** A failed cell of a row, or a row that may be a person already registered. */
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

  /** For a possible duplicate: the existing records it resembles. */
  @Column({ name: 'candidate_ids', type: 'uuid', array: true, default: () => "'{}'" })
  candidateIds: string[];
}

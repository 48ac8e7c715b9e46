import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Row outcomes, counted as the job goes. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  possibleDuplicates: number;
  /** Rows whose national ID belongs to a profile with another name, birth date or gender. */
  conflicts: number;
  failed: number;
}

/** One spreadsheet import (or dry run): its file, status, progress and counts. */
@Entity('import_job')
@Index('import_job_unfinished_idx', ['heartbeatAt'], { where: `status IN ('queued', 'running')` })
export class ImportJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'file_kind', type: 'text' })
  fileKind: 'xlsx' | 'csv';

  @Column({ name: 'file_sha256', type: 'text' })
  fileSha256: string;

  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun: boolean;

  @Column({ type: 'text', default: 'queued' })
  status: ImportStatus;

  /** Data rows in the file, once the job has counted them. */
  @Column({ name: 'total_rows', type: 'integer', nullable: true })
  totalRows: number | null;

  /** Data rows handled so far. */
  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows: number;

  @Column({ type: 'jsonb' })
  counts: ImportCounts;

  /** Why the whole file failed (wrong headers, unreadable, interrupted). */
  @Column({ type: 'jsonb', nullable: true })
  failure: { message: string; messageVi: string } | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Touched as the job progresses; an unfinished job whose heartbeat stopped was interrupted. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', default: () => 'now()' })
  heartbeatAt: Date;
}

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import type { RowCells } from '../rows/import-columns';
import { ImportJob } from './import-job.entity';

/** Rows kept with their cells: those that did not land as they stood. */
export const KEPT_OUTCOMES = ['failed', 'conflict', 'possible_duplicate'] as const;
export type KeptOutcome = (typeof KEPT_OUTCOMES)[number];

export const RESOLUTIONS = ['link', 'create', 'skip'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * A row of a job that did not land as it stood, with its cells as uploaded: errors.xlsx gives failed
 * rows back in the template's layout, and an officer resolves a conflict or possible duplicate from
 * the job (its cells are applied then, with the catalogs of that moment).
 */
@Entity('import_row')
export class ImportRowRecord {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => ImportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job: Lazy<ImportJob>;

  /** Row number as the spreadsheet shows it (the header is row 1). */
  @PrimaryColumn({ type: 'integer' })
  row: number;

  @Column({ type: 'text' })
  outcome: KeptOutcome;

  @Column({ type: 'jsonb' })
  cells: RowCells;

  @Column({ type: 'text', nullable: true })
  resolution: Resolution | null;

  /** The profile the row was applied to (linked or created). */
  @Column({ name: 'resolved_intellectual_id', type: 'uuid', nullable: true })
  resolvedIntellectualId: string | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}

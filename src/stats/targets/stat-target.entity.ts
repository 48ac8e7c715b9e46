import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** What the plans set yearly targets for. */
export const TARGET_METRICS = [
  'international_publications',
  'patents_and_utility_solutions',
  'national_projects',
  'provincial_projects',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/**
 * A yearly target a plan sets for a period (the province's plan for 45-NQ/TW: 100 international
 * papers a year…): data admins edit, shown against the trends.
 */
@Entity('stat_target')
@Index('stat_target_metric_idx', ['metric', 'fromYear'])
export class StatTarget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  metric: TargetMetric;

  /** The plan's number or short name (45-NQ/TW, 69-KL/TW…). */
  @Column({ name: 'plan_code', type: 'text' })
  planCode: string;

  @Column({ name: 'plan_title', type: 'text' })
  planTitle: string;

  @Column({ name: 'from_year', type: 'smallint' })
  fromYear: number;

  @Column({ name: 'to_year', type: 'smallint' })
  toYear: number;

  /** At least this many a year (on average over the period, as the plans word it). */
  @Column({ name: 'min_per_year', type: 'integer' })
  minPerYear: number;

  /** At most this many (a range such as 3–5); null: no upper bound. */
  @Column({ name: 'max_per_year', type: 'integer', nullable: true })
  maxPerYear: number | null;

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

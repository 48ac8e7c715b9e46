import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const AWARD_LEVELS = ['international', 'national', 'ministerial', 'provincial', 'other'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

@Entity('award')
@Index('award_intellectual_idx', ['intellectualId'])
export class Award extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.awards, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'prize_code', type: 'text', nullable: true })
  prizeCode: string | null;

  @Column({ type: 'text', nullable: true })
  level: AwardLevel | null;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  /** The honor campaign that awarded it, for awards the registry's own campaigns wrote. */
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;
}

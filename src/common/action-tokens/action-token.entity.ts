import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A single-use, expiring right to do one thing (`purpose`) to one object (`subject_id`) without
 * signing in: the token in a link sent by mail (accept an invitation…). Only the SHA-256 of the token
 * is stored, so a copy of this table opens nothing.
 */
@Entity('action_token')
@Index('action_token_token_hash_key', ['tokenHash'], { unique: true })
export class ActionToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'action_token_pkey' })
  id: string;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** What the token allows, named by the module that issued it (`panel-invitation`…). */
  @Column({ type: 'text' })
  purpose: string;

  /** The object it acts on, in the issuer's terms (an invitation's id…). */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set by the one redemption that succeeded. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

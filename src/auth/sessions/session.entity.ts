import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Account } from '../../accounts';

/**
 * A browser session (cookie `tkh_session`). Only the SHA-256 of the cookie's token is stored, so a
 * copy of this table signs nobody in. It works until revoked, until `expires_at`, or until it has
 * been idle for the configured time since `last_seen_at`.
 */
@Entity('session')
@Index('session_token_hash_key', ['tokenHash'], { unique: true })
@Index('session_account_idx', ['accountId'])
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id: string;

  /** Hex SHA-256 of the cookie value. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'session_account_fkey' })
  account?: Account;

  /** Sent back by the web app in X-CSRF-Token on every state-changing request. */
  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Moved forward at most once a minute, not on every request. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  /** The absolute end, fixed at sign-in. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 200, nullable: true })
  userAgent: string | null;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';

/**
 * A one-time code an officer gives a person so they can create their own account linked to this
 * profile. Only a SHA-256 hash of the code is stored; the code is shown once, when issued.
 */
@Entity('profile_invitation')
@Index('profile_invitation_code_key', ['codeHash'], { unique: true })
@Index('profile_invitation_intellectual_idx', ['intellectualId'])
export class ProfileInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  /** When set, only an account with this email (lower-cased) may accept. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when used: a code works once. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** The account created with the code. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  /** Set when a newer invitation for the same profile replaced this one. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

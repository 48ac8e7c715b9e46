import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
// A type-only import: the profile module depends on accounts, so the relation names its entity.
import type { Intellectual } from '../intellectuals';
import type { Role } from '../common/access/roles';
import type { Organization } from '../catalog';

@Entity('account')
@Index('account_intellectual_key', ['intellectualId'], { unique: true, where: 'intellectual_id IS NOT NULL' })
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** The intellectual this account belongs to, for accounts with the `intellectual` role. */
  @Column({ name: 'intellectual_id', type: 'uuid', nullable: true })
  intellectualId: string | null;

  @ManyToOne('Intellectual', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual?: Intellectual;

  /** The catalog organization the account acts for; required for accounts with the `agency` role. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'account_organization_fkey' })
  organization?: Organization;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

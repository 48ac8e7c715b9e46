import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A request an account sent with an `Idempotency-Key`, saved in the same transaction as its change,
 * with the answer it got: the same key again gets the same answer, and nothing is done twice.
 */
@Entity('idempotency_key')
@Index('idempotency_key_created_at_idx', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'idempotency_key_pkey' })
  accountId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'idempotency_key_pkey' })
  key: string;

  /** SHA-256 of the method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'status_code', type: 'smallint' })
  statusCode: number;

  @Column({ type: 'jsonb' })
  response: object;

  /** Response headers worth replaying (ETag, Location). */
  @Column({ type: 'jsonb' })
  headers: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What this database knows about the live index it feeds: the settings it was built with, which
 * Meilisearch index that was (its creation time, so a replaced or emptied Meilisearch is noticed),
 * and the index a rebuild is filling, which the indexer writes to as well until the swap.
 */
@Entity('search_index_state')
export class SearchIndexState {
  /** Uid of the live index (prefix included). */
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ name: 'settings_hash', type: 'text', nullable: true })
  settingsHash: string | null;

  @Column({ name: 'index_created_at', type: 'text', nullable: true })
  indexCreatedAt: string | null;

  @Column({ name: 'building_uid', type: 'text', nullable: true })
  buildingUid: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

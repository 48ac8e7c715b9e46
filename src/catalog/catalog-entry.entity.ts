import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const CATALOG_NAMES = [
  'fields',
  'degree-levels',
  'academic-titles',
  'honorary-titles',
  'prizes',
  'communes',
  'ethnic-groups',
  'countries',
  'civil-service-ranks',
] as const;
export type CatalogName = (typeof CATALOG_NAMES)[number];

/**
 * One entry of a fixed reference catalog. Hierarchical catalogs (fields) use `parentCode` and
 * `level`, so deeper levels of a classification load later without a schema change.
 */
@Entity('catalog_entry')
@Index('catalog_entry_parent_idx', ['catalog', 'parentCode'])
export class CatalogEntry {
  @PrimaryColumn({ type: 'text' })
  catalog: CatalogName;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ type: 'smallint', default: 1 })
  level: number;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  /** Catalog-specific facts (FORD code, abbreviation, unit type, former units, grade…). */
  @Column({ type: 'jsonb', default: {} })
  attributes: Record<string, unknown>;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation as Lazy } from 'typeorm';
import { Intellectual } from './intellectual.entity';
import { ProfilePart } from './provenance';

export const INDEX_CLASSES = ['SCIE', 'SSCI', 'AHCI', 'ESCI', 'Scopus', 'domestic_scored', 'other'] as const;
export type IndexClass = (typeof INDEX_CLASSES)[number];

export const AUTHOR_ROLES = ['first_author', 'corresponding_author', 'co_author'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

@Entity('publication')
@Index('publication_intellectual_idx', ['intellectualId'])
export class Publication extends ProfilePart {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'intellectual_id', type: 'uuid' })
  intellectualId: string;

  @ManyToOne(() => Intellectual, (intellectual) => intellectual.publications, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intellectual_id' })
  intellectual: Lazy<Intellectual>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ type: 'text', nullable: true })
  issn: string | null;

  @Column({ type: 'text', nullable: true })
  isbn: string | null;

  @Column({ type: 'text', nullable: true })
  doi: string | null;

  @Column({ name: 'index_class', type: 'text' })
  indexClass: IndexClass;

  @Column({ name: 'author_role', type: 'text', nullable: true })
  authorRole: AuthorRole | null;

  @Column({ name: 'co_authors', type: 'text', array: true, default: () => "'{}'" })
  coAuthors: string[];
}

import { Foundation1795539900744 } from './1795539900744-foundation';
import { CatalogData1795539900800 } from './1795539900800-catalog-data';
import { Intellectuals1795540291767 } from './1795540291767-intellectuals';

/** Every migration, in order. `npm run migration:generate -- Name` writes a new file; add it here. */
export const MIGRATIONS: Function[] = [
  Foundation1795539900744,
  CatalogData1795539900800,
  Intellectuals1795540291767,
];

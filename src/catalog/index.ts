export { CatalogEntry, CatalogName } from './catalog-entry.entity';
export { CatalogModule } from './catalog.module';
export { CatalogService, escapeLike } from './catalog.service';
export { fieldNamesOf, type FieldNames } from './field-names';
export { ORGANIZATION_AGGREGATE, Organization, SECTORS, Sector } from './organization.entity';
export { SECTOR_NAMES } from './organization.entity';

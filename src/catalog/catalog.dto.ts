import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../common/openapi/api-docs';
import { PageQuery } from '../common/pagination/page';
import { Code, CommuneCode, OneOf, Text } from '../common/validation/fields';
import { CatalogEntry } from './catalog-entry.entity';
import { Organization, Sector, SECTORS } from './organization.entity';

export class CatalogQuery extends PageQuery {
  @Text(1, 100, { optional: true, description: 'Filter by name or code, with or without diacritics' })
  q?: string;

  @Code({ optional: true, description: 'Only children of this code (hierarchical catalogs)' })
  parentCode?: string;
}

export class CatalogEntryView {
  @ApiProperty() code: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() level: number;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) attributes: Record<string, unknown>;

  static of(entry: CatalogEntry): CatalogEntryView {
    const { code, parentCode, level, nameVi, nameEn, attributes } = entry;
    return { code, parentCode, level, nameVi, nameEn, attributes };
  }
}

export class CreateOrganizationDto {
  @Text(2, 300, { example: 'Trường Đại học Nha Trang' }) nameVi: string;
  @Text(1, 300, { optional: true }) nameEn?: string | null;
  @Text(1, 50, { optional: true }) shortName?: string | null;
  @OneOf(SECTORS) sector: Sector;
  @CommuneCode({ optional: true, description: 'A commune code of Khánh Hòa' }) communeCode?: string | null;
}

export class UpdateOrganizationDto {
  @Text(2, 300, { optional: true }) nameVi?: string;
  @Text(1, 300, { optional: true }) nameEn?: string | null;
  @Text(1, 50, { optional: true }) shortName?: string | null;
  @OneOf(SECTORS, { optional: true }) sector?: Sector;
  @CommuneCode({ optional: true, description: 'A commune code of Khánh Hòa' }) communeCode?: string | null;
}

export class OrganizationView {
  @ApiProperty() id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ type: String, nullable: true }) communeCode: string | null;

  static of(organization: Organization): OrganizationView {
    const { id, nameVi, nameEn, shortName, sector, communeCode } = organization;
    return { id, nameVi, nameEn, shortName, sector, communeCode };
  }
}

export const CatalogEntryPage = PageOf(CatalogEntryView);
export const OrganizationPage = PageOf(OrganizationView);

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../common/pagination/page';
import { bilingual } from '../common/validation/bilingual-message';
import { CatalogEntry } from './catalog-entry.entity';
import { Organization, Sector, SECTORS } from './organization.entity';

export class CatalogQuery extends PageQuery {
  @ApiProperty({ required: false, description: 'Filter by name or code, with or without diacritics' })
  @IsOptional()
  @IsString(bilingual('q must be text', 'q phải là chuỗi ký tự'))
  @MaxLength(100, bilingual('q is too long (100 max)', 'q quá dài (tối đa 100)'))
  q?: string;

  @ApiProperty({ required: false, description: 'Only children of this code (hierarchical catalogs)' })
  @IsOptional()
  @IsString(bilingual('parentCode must be text', 'parentCode phải là chuỗi ký tự'))
  @MaxLength(20, bilingual('parentCode is too long', 'parentCode quá dài'))
  parentCode?: string;
}

export class CatalogEntryView {
  @ApiProperty() code: string;
  @ApiProperty({ nullable: true }) parentCode: string | null;
  @ApiProperty() level: number;
  @ApiProperty() nameVi: string;
  @ApiProperty({ nullable: true }) nameEn: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) attributes: Record<string, unknown>;

  static of(entry: CatalogEntry): CatalogEntryView {
    const { code, parentCode, level, nameVi, nameEn, attributes } = entry;
    return { code, parentCode, level, nameVi, nameEn, attributes };
  }
}

const sectorMessage = bilingual(
  `sector must be one of: ${SECTORS.join(', ')}`,
  `sector phải là một trong: ${SECTORS.join(', ')}`,
);
const nameMessage = bilingual('nameVi must be 2 to 300 characters', 'nameVi phải dài từ 2 đến 300 ký tự');

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Trường Đại học Nha Trang' })
  @IsString(nameMessage)
  @MinLength(2, nameMessage)
  @MaxLength(300, nameMessage)
  nameVi: string;

  @ApiProperty({ required: false, nullable: true })
  @IsOptional()
  @IsString(bilingual('nameEn must be text', 'nameEn phải là chuỗi ký tự'))
  @MaxLength(300, bilingual('nameEn is too long (300 max)', 'nameEn quá dài (tối đa 300)'))
  nameEn?: string | null;

  @ApiProperty({ required: false, nullable: true })
  @IsOptional()
  @IsString(bilingual('shortName must be text', 'shortName phải là chuỗi ký tự'))
  @MaxLength(50, bilingual('shortName is too long (50 max)', 'shortName quá dài (tối đa 50)'))
  shortName?: string | null;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS, sectorMessage)
  sector: Sector;

  @ApiProperty({ required: false, nullable: true, description: 'A commune code of Khánh Hòa' })
  @IsOptional()
  @Matches(
    /^\d{5}$/,
    bilingual('communeCode must be a 5-digit commune code', 'communeCode phải là mã xã gồm 5 chữ số'),
  )
  communeCode?: string | null;
}

export class UpdateOrganizationDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString(nameMessage)
  @MinLength(2, nameMessage)
  @MaxLength(300, nameMessage)
  nameVi?: string;

  @ApiProperty({ required: false, nullable: true })
  @IsOptional()
  @IsString(bilingual('nameEn must be text', 'nameEn phải là chuỗi ký tự'))
  @MaxLength(300, bilingual('nameEn is too long (300 max)', 'nameEn quá dài (tối đa 300)'))
  nameEn?: string | null;

  @ApiProperty({ required: false, nullable: true })
  @IsOptional()
  @IsString(bilingual('shortName must be text', 'shortName phải là chuỗi ký tự'))
  @MaxLength(50, bilingual('shortName is too long (50 max)', 'shortName quá dài (tối đa 50)'))
  shortName?: string | null;

  @ApiProperty({ required: false, enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS, sectorMessage)
  sector?: Sector;

  @ApiProperty({ required: false, nullable: true })
  @IsOptional()
  @Matches(
    /^\d{5}$/,
    bilingual('communeCode must be a 5-digit commune code', 'communeCode phải là mã xã gồm 5 chữ số'),
  )
  communeCode?: string | null;
}

export class OrganizationView {
  @ApiProperty() id: string;
  @ApiProperty() nameVi: string;
  @ApiProperty({ nullable: true }) nameEn: string | null;
  @ApiProperty({ nullable: true }) shortName: string | null;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ nullable: true }) communeCode: string | null;

  static of(organization: Organization): OrganizationView {
    const { id, nameVi, nameEn, shortName, sector, communeCode } = organization;
    return { id, nameVi, nameEn, shortName, sector, communeCode };
  }
}

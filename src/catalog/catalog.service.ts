import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Page, page } from '../common/pagination/page';
import { CatalogEntry, CatalogName, CATALOG_NAMES } from './catalog-entry.entity';
import { CatalogEntryView, CatalogQuery } from './catalog.dto';

/** Reads the fixed reference catalogs and checks codes against them. */
@Injectable()
export class CatalogService {
  constructor(@InjectRepository(CatalogEntry) private readonly entries: Repository<CatalogEntry>) {}

  async list(name: string, query: CatalogQuery): Promise<Page<CatalogEntryView>> {
    if (!isCatalogName(name)) {
      throw new DomainError('NOT_FOUND', {
        en: `No catalog named ${name}; catalogs are ${[...CATALOG_NAMES, 'organizations'].join(', ')}`,
        vi: `Không có danh mục ${name}; các danh mục: ${[...CATALOG_NAMES, 'organizations'].join(', ')}`,
      });
    }
    const builder = this.entries
      .createQueryBuilder('entry')
      .where('entry.catalog = :name', { name })
      .orderBy('entry.sort_order')
      .addOrderBy('entry.code')
      .take(query.limit)
      .skip(query.offset);
    if (query.parentCode)
      builder.andWhere('entry.parent_code = :parentCode', { parentCode: query.parentCode });
    if (query.q) {
      builder.andWhere(
        `(entry.code = :code OR f_unaccent(entry.name_vi) ILIKE f_unaccent(:pattern) OR entry.name_en ILIKE :pattern)`,
        { code: query.q, pattern: `%${escapeLike(query.q)}%` },
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return page(
      items.map((item) => CatalogEntryView.of(item)),
      total,
      query,
    );
  }

  /** The codes among `codes` that are not in the catalog. */
  async unknownCodes(catalog: CatalogName, codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = await this.entries
      .createQueryBuilder('entry')
      .select('entry.code', 'code')
      .where('entry.catalog = :catalog AND entry.code IN (:...codes)', { catalog, codes })
      .getRawMany<{ code: string }>();
    const known = new Set(found.map((row) => row.code));
    return [...new Set(codes)].filter((code) => !known.has(code));
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function isCatalogName(name: string): name is CatalogName {
  return (CATALOG_NAMES as readonly string[]).includes(name);
}

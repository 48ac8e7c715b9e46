import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { bilingual } from '../validation/bilingual-message';

export const MAX_PAGE_SIZE = 100;
/** Far beyond any list of ours, and well inside what PostgreSQL's OFFSET and Meilisearch accept. */
export const MAX_OFFSET = 1_000_000;

/** `?limit=&offset=`, the one way lists are paged; the server enforces the maximum page size. */
export class PageQuery {
  @ApiProperty({ required: false, minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt(bilingual('limit must be a whole number', 'limit phải là số nguyên'))
  @Min(1, bilingual('limit must be at least 1', 'limit phải từ 1 trở lên'))
  @Max(MAX_PAGE_SIZE, bilingual(`limit must be at most ${MAX_PAGE_SIZE}`, `limit tối đa là ${MAX_PAGE_SIZE}`))
  limit: number = 20;

  @ApiProperty({ required: false, minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt(bilingual('offset must be a whole number', 'offset phải là số nguyên'))
  @Min(0, bilingual('offset must not be negative', 'offset không được âm'))
  @Max(MAX_OFFSET, bilingual(`offset must be at most ${MAX_OFFSET}`, `offset tối đa là ${MAX_OFFSET}`))
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function page<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, total, limit: query.limit, offset: query.offset };
}

import type { SelectQueryBuilder } from 'typeorm';
import type { Intellectual } from './entities/intellectual.entity';

/**
 * People in the order of a Vietnamese list: by given name (the last word: "Nguyễn Văn An" before "Trần
 * Thị Bình"), then the whole name, in Vietnamese alphabetical order (ICU's vi collation: Ă and Â after
 * A, Đ after D, Ư after U), then id so pages never overlap. `i` is the query's alias for the profile.
 */
const GIVEN_NAME = `substring(i.full_name from '(\\S+)\\s*$') COLLATE "vi-VN-x-icu"`;
const FULL_NAME = `i.full_name COLLATE "vi-VN-x-icu"`;

export function orderByVietnameseName(
  builder: SelectQueryBuilder<Intellectual>,
  direction: 'ASC' | 'DESC' = 'ASC',
): SelectQueryBuilder<Intellectual> {
  // selected under a name and ordered by it: TypeORM reads a raw "i.…" in ORDER BY as an alias path
  return builder
    .addSelect(GIVEN_NAME, 'given_name_order')
    .addSelect(FULL_NAME, 'full_name_order')
    .addOrderBy('given_name_order', direction)
    .addOrderBy('full_name_order', direction)
    .addOrderBy('i.id', direction);
}

/** Keyset paging in that order: the people after this one (for exports read in batches). */
export function afterInVietnameseNameOrder(
  builder: SelectQueryBuilder<Intellectual>,
  after: { fullName: string; id: string },
): SelectQueryBuilder<Intellectual> {
  return builder.andWhere(
    `(${GIVEN_NAME}, ${FULL_NAME}, i.id) > (substring(:afterName::text from '(\\S+)\\s*$') COLLATE "vi-VN-x-icu", :afterName::text COLLATE "vi-VN-x-icu", :afterId::uuid)`,
    { afterName: after.fullName, afterId: after.id },
  );
}
